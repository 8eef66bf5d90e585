import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build.ts';
import type { Report } from '../../src/report/model.ts';
import { type LoadedData, loadData, makeConfig, readFolder, response, shuffled } from './load.ts';

const SMALL = join(import.meta.dirname, '../fixtures/report/small-fr');

async function small(): Promise<LoadedData> {
  const data = await loadData(readFolder(SMALL));
  expect(data.issues).toEqual([]);
  return data;
}

function build(data: LoadedData, extra: { now?: string; locale?: 'fr' | 'en' } = {}): Report {
  return buildReport({ config: data.config, responses: data.responses, actions: data.actions, now: '2026-10-05', ...extra });
}

describe('buildReport on a hand-made data set', () => {
  it('gives the NPS, the split and the interval of every response', async () => {
    const report = build(await small());
    const { nps, split } = report.overview;
    expect(nps.n).toBe(14);
    expect([split.promoters, split.passives, split.detractors]).toEqual([6, 2, 6]);
    expect(nps.nps).toBe(0);
    expect(nps.ci?.method).toBe('adjusted-wald');
    expect(nps.ci?.confidence).toBe(0.95);
    expect(nps.ci?.low).toBeLessThan(0);
    expect(nps.ci?.high).toBeGreaterThan(0);
    expect(report.meta).toMatchObject({ n: 14, comments: 13, from: '2026-08-03', to: '2026-09-30', generated: '2026-10-05' });
  });

  it('compares the last complete month with the one before and says it fell significantly', async () => {
    const report = build(await small());
    const change = report.overview.change;
    expect(report.overview.trend.map((point) => [point.key, point.n])).toEqual([
      ['2026-08', 7],
      ['2026-09', 7],
    ]);
    expect(change?.from).toBe('2026-08');
    expect(change?.to).toBe('2026-09');
    // Aug: 5 promoters, 1 detractor of 7; Sep: 1 promoter, 5 detractors of 7.
    expect(change?.difference).toBeCloseTo(-800 / 7, 9);
    expect(change?.standardError).toBeCloseTo(Math.sqrt(2 * ((6 / 7 - (4 / 7) ** 2) / 7)) * 100, 9);
    expect(change?.p).toBeLessThan(0.05);
    expect(change?.verdict).toBe('significant-fall');
  });

  it('says "within the noise" for a small change and "not testable" next to an empty month', () => {
    const config = makeConfig();
    const similar = [
      ...[10, 9, 8, 7, 3, 10, 9, 5].map((score) => response('2026-01-10', score)),
      ...[10, 9, 8, 6, 3, 10, 9, 5].map((score) => response('2026-02-10', score)),
    ];
    const noise = buildReport({ config, responses: similar, now: '2026-03-01' });
    expect(noise.overview.change?.verdict).toBe('within-noise');
    const gap = buildReport({ config, responses: [response('2026-01-10', 10), response('2026-03-10', 2)], now: '2026-04-01' });
    expect(gap.overview.trend.map((point) => point.n)).toEqual([1, 0, 1]);
    expect(gap.overview.change?.verdict).toBe('not-testable');
    expect(gap.overview.change?.reason).toBe('empty');
  });

  it('does not compare a month that is not over', () => {
    const config = makeConfig();
    const responses = [response('2026-01-10', 10), response('2026-02-10', 2), response('2026-03-05', 9)];
    expect(buildReport({ config, responses }).overview.change).toMatchObject({ from: '2026-01', to: '2026-02' });
    expect(buildReport({ config, responses, now: '2026-04-01' }).overview.change).toMatchObject({
      from: '2026-02',
      to: '2026-03',
    });
  });

  it('gives every segment value a stable, unique, accent-folded slug', async () => {
    const report = build(await small());
    const store = report.segments.find((segment) => segment.field === 'store');
    const slugs = Object.fromEntries(store?.values.map((value) => [value.value, value.slug]) ?? []);
    expect(slugs).toEqual({ Paris: 'paris', 'Velizy 2': 'velizy-2', 'Vélizy 2': 'velizy-2-2' });
    expect(store?.pages.map((page) => page.slug).sort()).toEqual(['paris', 'velizy-2', 'velizy-2-2']);
    for (const card of report.verbatims.cards) {
      for (const ref of card.segments) expect(ref.slug).toBe(slugs[ref.value]);
    }
    const velizy = store?.pages.find((page) => page.value === 'Vélizy 2');
    expect(velizy?.nps.n).toBe(6);
    expect(velizy?.trend.map((point) => point.key)).toEqual(['2026-08', '2026-09']);
  });

  it('publishes redacted comments only, everywhere a comment appears', async () => {
    const report = build(await small());
    const json = JSON.stringify(report);
    expect(json).not.toContain('jean.dupont@example.com');
    expect(json).not.toMatch(/06 12 34 56 78/);
    const comments = [
      ...report.verbatims.cards,
      ...report.themes.flatMap((theme) => theme.examples),
      ...Object.values(report.overview.recentVerbatims).flat(),
      ...report.segments.flatMap((field) => field.pages.flatMap((page) => Object.values(page.recentVerbatims).flat())),
    ].map((card) => card.comment);
    expect(comments).toContain('Attente interminable, écrivez à [e-mail masqué]');
    expect(comments).toContain("Trop d'attente, rappelez-moi au [téléphone masqué]");
    expect(report.methodology.redaction).toEqual({
      emails: true,
      phones: true,
      redactedEmails: 1,
      redactedPhones: 1,
      redactedComments: 2,
    });
    const english = build(await small(), { locale: 'en' });
    expect(english.verbatims.cards.map((card) => card.comment)).toContain('Attente interminable, écrivez à [email removed]');
  });

  it('never publishes a respondent id or a response id', async () => {
    const json = JSON.stringify(build(await small()));
    expect(json).not.toContain('SECRET');
  });

  it('gives the same JSON whatever the order of the responses and actions', async () => {
    const data = await small();
    const reference = JSON.stringify(build(data));
    for (const seed of [1, 2, 3]) {
      const reordered = { ...data, responses: shuffled(data.responses, seed), actions: shuffled(data.actions, seed) };
      expect(JSON.stringify(build(reordered))).toBe(reference);
    }
  });

  it('measures the themes: mentions, NPS with and without, impact and priority', async () => {
    const report = build(await small());
    const waiting = report.themes.find((theme) => theme.id === 'attente');
    expect(waiting?.mentions).toBe(6);
    expect(waiting?.with.nps).toBeCloseTo(-500 / 6, 9);
    expect(waiting?.without.nps).toBeCloseTo(62.5, 9);
    expect(waiting?.impact.difference).toBeCloseTo(-500 / 6 - 62.5, 9);
    expect(waiting?.impact.verdict).toBe('significant-fall');
    expect(waiting?.priority).toMatchObject({ quadrant: 'fix-first', ease: 1 });
    expect(waiting?.priority.pointsAtStake).toBeCloseTo((6 / 14) * (-500 / 6 - 62.5), 9);
    expect(waiting?.trend.map((point) => [point.key, point.mentions])).toEqual([
      ['2026-08', 2],
      ['2026-09', 4],
    ]);
    expect(waiting?.actions).toEqual(['renfort-caisse']);
    expect(report.overview.topThemes.irritants.map((theme) => theme.id)).toEqual(['attente']);
    expect(report.overview.topThemes.praise.map((theme) => theme.id)).toEqual(['accueil']);
  });

  it('compares the NPS and the theme before and after an action, on its segment only', async () => {
    const [action] = build(await small()).actions;
    expect(action?.segment).toEqual([{ field: 'store', value: 'Vélizy 2', slug: 'velizy-2-2' }]);
    expect(action?.impact.before).toEqual({ from: '2026-08-02', to: '2026-08-31' });
    expect(action?.impact.after).toEqual({ from: '2026-09-01', to: '2026-09-30' });
    expect(action?.impact.npsBefore.nps).toBe(100);
    expect(action?.impact.npsAfter.nps).toBeCloseTo(-100 / 3, 9);
    expect(action?.impact.themeBefore?.share).toBe(0);
    expect(action?.impact.themeAfter?.share).toBeCloseTo(200 / 3, 9);
    expect(action?.body).toContain('Un **renfort** le samedi.');
  });

  it('compares with the benchmarks and follows the closed loop, detractors first', async () => {
    const report = build(await small());
    expect(report.overview.benchmarks).toMatchObject([{ nps: 20, difference: -20, source: 'Étude fictive' }]);
    expect(report.overview.closedLoop.map((loop) => [loop.category, loop.responses, loop.answered])).toEqual([
      ['detractor', 6, 3],
      ['passive', 2, 0],
      ['promoter', 6, 1],
    ]);
  });

  it('builds an empty report without responses, with no NaN', () => {
    const report = buildReport({ config: makeConfig(), responses: [] });
    expect(report.meta.n).toBe(0);
    expect(report.overview.nps.nps).toBeNull();
    expect(report.overview.trend).toEqual([]);
    expect(JSON.stringify(report)).not.toContain('NaN');
  });
});
