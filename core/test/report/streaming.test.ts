import { describe, expect, it } from 'vitest';
import { attachVerbatims } from '../../src/report/attach-verbatims.ts';
import { buildReport, createReportBuilder, createTallyBuilder } from '../../src/report/build.ts';
import { resolveContext } from '../../src/report/context.ts';
import { packVerbatims, unpackVerbatims, verbatimBatchLayout } from '../../src/report/verbatim-batch.ts';
import { createVerbatimCollector, type VerbatimSource } from '../../src/report/verbatim-collector.ts';
import { loadData, readFolder, shuffled } from './load.ts';

const SMALL = new URL('../fixtures/report/small-fr', import.meta.url).pathname;

describe('createReportBuilder (responses folded as they are read)', () => {
  it('gives the report buildReport gives, in any order of the responses', async () => {
    const data = await loadData(readFolder(SMALL));
    const input = { config: data.config, actions: data.actions, now: '2026-10-05' };
    const files = [{ path: 'responses.csv', fingerprint: 'pinned' }];
    const expected = JSON.stringify(buildReport({ ...input, responses: data.responses, files }));
    for (const seed of [0, 1, 2]) {
      const builder = createReportBuilder(input);
      for (const response of seed === 0 ? data.responses : shuffled(data.responses, seed)) builder.add(response);
      expect(JSON.stringify(builder.finish(files))).toBe(expected);
    }
  });
});

describe('the verbatim side apart (the site collects it on another thread)', () => {
  it('gives the report buildReport gives, the verbatims crossing in batches', async () => {
    const data = await loadData(readFolder(SMALL));
    const input = { config: data.config, actions: data.actions, now: '2026-10-05' };
    const files = [{ path: 'responses.csv', fingerprint: 'pinned' }];
    const expected = JSON.stringify(buildReport({ ...input, responses: data.responses, files }));
    // What the other thread gets: the settings, then the sources in batches (3 a batch here).
    const context = structuredClone(resolveContext(input));
    const layout = verbatimBatchLayout(context.config);
    const collector = createVerbatimCollector(context);
    let pending: VerbatimSource[] = [];
    const send = () => {
      for (const source of unpackVerbatims(structuredClone(packVerbatims(pending, layout)), layout)) collector.add(source);
      pending = [];
    };
    const tallies = createTallyBuilder(input, (source) => {
      pending.push(source);
      if (pending.length === 3) send();
    });
    for (const response of data.responses) tallies.add(response);
    send();
    const tally = structuredClone(tallies.finish(files));
    const report = attachVerbatims(tally, collector.finish(tally.slugs), context);
    expect(report.verbatims.cards.length).toBeGreaterThan(10);
    expect(report.methodology.redaction.redactedComments).toBeGreaterThan(0);
    expect(JSON.stringify(report)).toBe(expected);
  });
});
