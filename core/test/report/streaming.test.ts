import { describe, expect, it } from 'vitest';
import { attachVerbatims } from '../../src/report/attach-verbatims.ts';
import { buildReport, createReportBuilder, createTallyBuilder } from '../../src/report/build.ts';
import { CommentPacker, commentBatchLayout, unpackComments } from '../../src/report/comment-batch.ts';
import { createCommentCollector } from '../../src/report/comment-collector.ts';
import { resolveContext } from '../../src/report/context.ts';
import { loadData, readFolder, shuffled } from './load.ts';

const SMALL = new URL('../fixtures/report/small-fr', import.meta.url).pathname;

/** The small fixture, the input its report is built from, and that report as buildReport gives it. */
async function smallReport() {
  const data = await loadData(readFolder(SMALL));
  const input = { config: data.config, actions: data.actions, now: '2026-10-05' };
  const files = [{ path: 'responses.csv', fingerprint: 'pinned' }];
  const expected = JSON.stringify(buildReport({ ...input, responses: data.responses, files }));
  return { data, input, files, expected };
}

describe('createReportBuilder (responses folded as they are read)', () => {
  it('gives the report buildReport gives, in any order of the responses', async () => {
    const { data, input, files, expected } = await smallReport();
    for (const seed of [0, 1, 2]) {
      const builder = createReportBuilder(input);
      for (const response of seed === 0 ? data.responses : shuffled(data.responses, seed)) builder.add(response);
      expect(JSON.stringify(builder.finish(files))).toBe(expected);
    }
  });
});

describe('the comment side apart (the site collects it on another thread)', () => {
  it('gives the report buildReport gives, the comments and mentions crossing threads', async () => {
    const { data, input, files, expected } = await smallReport();
    // What the other thread gets: the settings and actions, then the comments in batches of 3.
    const context = structuredClone(resolveContext(input));
    const layout = commentBatchLayout(context.config);
    const comments = createCommentCollector(context, structuredClone(data.actions));
    const packer = new CommentPacker(layout, 3);
    const send = () => {
      for (const source of unpackComments(structuredClone(packer.take()), layout)) comments.add(source);
    };
    const tallies = createTallyBuilder(input, (source) => {
      packer.add(source);
      if (packer.full) send();
    });
    for (const response of data.responses) tallies.add(response);
    send();
    const tally = structuredClone(tallies.finish(structuredClone(comments.mentions()), files));
    const report = attachVerbatims(tally, comments.finish(tally.slugs), context);
    expect(report.verbatims.cards.length).toBeGreaterThan(10);
    expect(report.methodology.redaction.redactedComments).toBeGreaterThan(0);
    expect(report.themes.some((theme) => theme.mentions > 0)).toBe(true);
    expect(report.actions.some((action) => (action.impact.themeAfter?.count ?? 0) > 0)).toBe(true);
    expect(JSON.stringify(report)).toBe(expected);
  });
});
