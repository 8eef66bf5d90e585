import { describe, expect, it } from 'vitest';
import { editionChanges } from '../../src/editions/changes.ts';
import { buildEditionReport } from '../../src/editions/edition-report.ts';
import { readEdition } from '../../src/editions/read.ts';
import { compareNps } from '../../src/stats/difference.ts';
import { release, textsOf } from './helpers.ts';

async function reportOf(id: string, from: string, to: string) {
  const { edition } = await readEdition(textsOf(await release({ id, from, to })));
  if (!edition) throw new Error('unreadable');
  const { manifest } = edition;
  return { ref: { id, title: manifest.title, from, to }, report: buildEditionReport(edition) };
}

describe('editionChanges', () => {
  it('compares the NPS of two editions with the z-test, and lists the actions between them', async () => {
    const before = await reportOf('2026-T2', '2026-04-01', '2026-06-30');
    const after = await reportOf('2026-T3', '2026-07-01', '2026-09-30');
    const changes = editionChanges(before, after);
    const expected = compareNps(before.report.overview.nps, after.report.overview.nps);
    expect(changes.nps.change.difference).toBeCloseTo(expected.difference ?? Number.NaN, 10);
    expect(changes.nps.change.p).toBeCloseTo(expected.p ?? Number.NaN, 10);
    expect(changes.nps.before).toBe(before.report.overview.nps.nps);
    expect(changes.categories.map((move) => move.category)).toEqual(['detractor', 'passive', 'promoter']);
    const shareSum = changes.categories.reduce((sum, move) => sum + (move.change.difference ?? 0), 0);
    expect(shareSum).toBeCloseTo(0, 8);
    // Lyon has 20 answers a quarter, under the smallSample threshold of 30: left out of the moves.
    expect(changes.segments.map((move) => [move.value, move.nBefore, move.nAfter])).toEqual([['Paris', 40, 40]]);
    expect(changes.themes.map((move) => move.id)).toEqual(['attente']);
    expect(changes.opened.map((action) => action.id)).toEqual(['renfort']);
    expect(changes.closed).toEqual([{ id: 'renfort', title: 'Renfort en caisse', day: '2026-09-15' }]);
  });

  it('builds an edition report pinned to the period end, whatever the day it is built', async () => {
    const { report } = await reportOf('2026-T3', '2026-07-01', '2026-09-30');
    expect((report.meta.from ?? '') >= '2026-07-01').toBe(true);
    expect((report.meta.to ?? '9') <= '2026-09-30').toBe(true);
    expect(JSON.stringify(report)).not.toContain('@example.com');
  });
});
