import { describe, expect, it } from 'vitest';
import { buildReport, createReportBuilder } from '../../src/report/build.ts';
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
