import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToSegments, createSegmentTallies, summarizeSegments } from '../../src/stats/segments.ts';
import { responsesArbitrary, shuffled } from './reference.ts';

describe('segments', () => {
  it('sorts values by n then value, flags small samples and keeps missing values apart', () => {
    const tallies = createSegmentTallies(['country', 'channel']);
    const rows: [string | undefined, number][] = [
      ['FR', 10],
      ['FR', 9],
      ['FR', 2],
      ['BE', 10],
      ['CH', 0],
      [undefined, 8],
    ];
    for (const [country, score] of rows) addToSegments(tallies, { score, segments: country === undefined ? {} : { country } });
    const [country, channel] = summarizeSegments(tallies, { smallSample: 2 });
    expect(country?.values.map((row) => [row.value, row.n, row.nps, row.smallSample])).toEqual([
      ['FR', 3, (1 / 3) * 100, false],
      ['BE', 1, 100, true],
      ['CH', 1, -100, true],
    ]);
    expect(country?.missing).toMatchObject({ n: 1, passives: 1, nps: 0 });
    // No response has a channel: every one counts as missing, none is lost.
    expect(channel?.values).toEqual([]);
    expect(channel?.missing?.n).toBe(6);
  });

  it('flags values under the default threshold of 30', () => {
    const tallies = createSegmentTallies(['country']);
    for (let index = 0; index < 30; index++) addToSegments(tallies, { score: 9, segments: { country: 'FR' } });
    for (let index = 0; index < 29; index++) addToSegments(tallies, { score: 9, segments: { country: 'BE' } });
    expect(summarizeSegments(tallies)[0]?.values.map((row) => row.smallSample)).toEqual([false, true]);
    expect(summarizeSegments(tallies)[0]?.missing).toBeNull();
  });

  it('accounts for every response and does not depend on row order', () => {
    fc.assert(
      fc.property(responsesArbitrary, fc.integer(), (responses, seed) => {
        const build = (rows: typeof responses) => {
          const tallies = createSegmentTallies(['country']);
          for (const row of rows) addToSegments(tallies, row);
          return summarizeSegments(tallies, { weighted: true });
        };
        const summary = build(responses);
        expect(build(shuffled(responses, seed))).toEqual(summary);
        const counted = (summary[0]?.values ?? []).reduce((sum, row) => sum + row.n, 0) + (summary[0]?.missing?.n ?? 0);
        expect(counted).toBe(responses.length);
      }),
    );
  });
});
