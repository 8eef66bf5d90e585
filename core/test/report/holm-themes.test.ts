import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.ts';
import { reportDownloads } from '../../src/report/downloads.ts';
import { naiveHolm } from '../stats/naive-holm.ts';
import { makeConfig, response } from './load.ts';

// Twelve irritants, each cited by 20 responses of which PROMOTERS[i] are promoters and the rest
// detractors, against 640 uncommented responses at NPS +25: each impact alone is "significant" at
// 5 % (raw p .005 for six of them, .03 for the others); a thirteenth, cited by 20 detractors, is far beyond the noise.
const PROMOTERS = [5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 0];
const ids = PROMOTERS.map((_, index) => `t${String(index).padStart(2, '0')}`);

function report() {
  const themes = ids.map((id) => ({ id, label: id, kind: 'irritant', keywords: [id] }));
  const commented = ids.flatMap((id, index) =>
    Array.from({ length: 20 }, (_, k) => response('2026-01-10', k < (PROMOTERS[index] as number) ? 10 : 0, { comment: id })),
  );
  const plain = Array.from({ length: 640 }, (_, k) => response('2026-01-11', k < 320 ? 10 : k < 480 ? 8 : 0));
  return buildReport({
    config: makeConfig({ themes, statistics: { smallSample: 20 } }),
    responses: [...commented, ...plain],
    now: '2026-02-01',
  });
}

describe('every theme’s impact is one family, Holm-adjusted', () => {
  const built = report();
  const byId = new Map(built.themes.map((theme) => [theme.id, theme]));
  const raw = ids.map((id) => byId.get(id)?.impact.p ?? null);

  it('starts from raw p-values that each pass 5 % alone', () => {
    expect(raw.slice(0, 12).every((p) => p !== null && p > 0.005 && p < 0.05 && p * 12 > 0.05)).toBe(true);
  });

  it('gives the textbook adjusted p-values, and flags and ranks by them', () => {
    const expected = naiveHolm(raw, built.methodology.significance);
    ids.forEach((id, index) => {
      const theme = byId.get(id);
      expect(theme?.impact.adjusted).toEqual({ p: expected.adjusted[index], family: 13 });
      expect(theme?.impact.significant).toBe(expected.significant[index]);
      expect(theme?.impact.verdict).toBe(expected.significant[index] ? 'significant-fall' : 'within-noise');
      // The matrix calls an irritant "severe" only when its impact survives the adjustment.
      expect(['fix-first', 'rare-severe'].includes(theme?.priority.quadrant ?? '')).toBe(expected.significant[index]);
    });
    const flagged = built.themes.filter((theme) => theme.impact.significant).map((theme) => theme.id);
    expect(flagged).toContain('t12');
    expect(flagged).toEqual(['t12']);
    // "What moves the NPS" shows the same adjusted flags: the runners-up are within the noise.
    const top = built.overview.topThemes.irritants;
    expect(top.map((theme) => [theme.id, theme.impact.verdict])).toEqual([
      ['t12', 'significant-fall'],
      ['t00', 'within-noise'],
      ['t01', 'within-noise'],
      ['t02', 'within-noise'],
      ['t03', 'within-noise'],
    ]);
  });

  it('publishes the adjusted p last in themes.csv, beside the raw impact_p', () => {
    const lines = (reportDownloads(built).find((file) => file.name === 'themes.csv')?.text ?? '').split(/\r?\n/);
    const header = lines[0]?.split(',') ?? [];
    expect(header.at(-1)).toBe('impact_p_holm');
    const t00 = lines.find((line) => line.startsWith('t00,'))?.split(',') ?? [];
    expect(Number(t00.at(-1))).toBe(byId.get('t00')?.impact.adjusted?.p);
    expect(Number(t00[header.indexOf('impact_p')])).toBe(byId.get('t00')?.impact.p);
  });
});
