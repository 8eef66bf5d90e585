import type { ActionAnnotation, MigrationStepModel, SharesPoint, ThemeTrendPoint, TrendPoint } from '../../src/report/model.ts';

/**
 * Chart inputs shaped like the report model, small enough to read. Labels carry markup and
 * quotes on purpose: a spec must keep them as data, and no tooltip may show them.
 */

const interval = (low: number, high: number) => ({ low, high, method: 'wald' as const, confidence: 0.95 });

const MONTHS: { key: string; first: string; last: string; n: number; nps: number | null; halfWidth: number }[] = [
  { key: '2025-01', first: '2025-01-01', last: '2025-01-31', n: 812, nps: 31.4, halfWidth: 6.1 },
  { key: '2025-02', first: '2025-02-01', last: '2025-02-28', n: 790, nps: 33.05, halfWidth: 6.3 },
  { key: '2025-03', first: '2025-03-01', last: '2025-03-31', n: 0, nps: null, halfWidth: 0 },
  { key: '2025-04', first: '2025-04-01', last: '2025-04-30', n: 1204, nps: 38.9, halfWidth: 5.0 },
  { key: '2025-05', first: '2025-05-01', last: '2025-05-31', n: 1003, nps: 41.25, halfWidth: 5.4 },
];

export const trendPoints: Pick<TrendPoint, 'key' | 'first' | 'last' | 'n' | 'nps' | 'ci'>[] = MONTHS.map((month) => ({
  key: month.key,
  first: month.first,
  last: month.last,
  n: month.n,
  nps: month.nps,
  ci: month.nps === null ? null : interval(month.nps - month.halfWidth, month.nps + month.halfWidth),
}));

export const annotations: Pick<ActionAnnotation, 'day' | 'title'>[] = [
  { day: '2025-02-10', title: 'Caisses <script>alert(1)</script>' },
  { day: '2025-04-01', title: 'Formation "accueil" & sourire' },
  { day: '2024-06-01', title: 'Avant la période' },
];

export const split = {
  n: 3809,
  promoters: 1714,
  passives: 1219,
  detractors: 876,
  shares: { promoters: 45, passives: 32, detractors: 23 },
};

const share = (count: number, n: number) => ({ count, n, share: n > 0 ? (count / n) * 100 : null, interval: null });

export const sharesPoints: (Pick<SharesPoint, 'key' | 'n' | 'promoters' | 'passives' | 'detractors' | 'passivesRising'> & {
  first: string;
  last: string;
})[] = MONTHS.map((month, index) => {
  const promoters = Math.round(month.n * 0.45);
  const passives = Math.round(month.n * (0.28 + index * 0.02));
  return {
    key: month.key,
    first: month.first,
    last: month.last,
    n: month.n,
    promoters: share(promoters, month.n),
    passives: share(passives, month.n),
    detractors: share(month.n - promoters - passives, month.n),
    passivesRising: index === 4,
  };
});

export const segmentRows = [
  { value: 'Lyon <b>Part-Dieu</b>', n: 1520, nps: 44.2, ci: interval(40.1, 48.3), smallSample: false },
  { value: 'Paris "Rivoli"', n: 1490, nps: 28.7, ci: interval(24.5, 32.9), smallSample: false },
  { value: 'Bordeaux', n: 760, nps: 35.0, ci: interval(29.2, 40.8), smallSample: false },
  { value: 'Nantes', n: 12, nps: 50, ci: interval(8.3, 91.7), smallSample: true },
];

const change = (difference: number, low: number, high: number, significant: boolean) => ({
  difference,
  standardError: 2,
  interval: interval(low, high),
  z: 1,
  p: 0.01,
  significant,
  testable: true,
  reason: null,
  verdict: 'within-noise' as const,
});

export const themes = [
  {
    label: 'Attente en caisse',
    kind: 'irritant' as const,
    mentions: 640,
    impact: change(-18.5, -22.1, -14.9, true),
    effort: 'low' as const,
    share: 16.8,
  },
  {
    label: 'Accueil <img src=x onerror=alert(1)>',
    kind: 'praise' as const,
    mentions: 910,
    impact: change(12.25, 9.0, 15.5, true),
    effort: null,
    share: 23.9,
  },
  {
    label: 'Prix',
    kind: 'neutral' as const,
    mentions: 300,
    impact: change(-2.1, -7.3, 3.1, false),
    effort: 'high' as const,
    share: 7.9,
  },
];

export const priorityThemes = themes.map((theme, index) => ({
  label: theme.label,
  effort: theme.effort,
  mentions: theme.mentions,
  priority: {
    recurrence: theme.share,
    irritation: Math.max(0, -(theme.impact.difference ?? 0)),
    quadrant: (index === 0 ? 'fix-first' : 'monitor') as 'fix-first' | 'monitor',
    // The median of the three shares, as the report computes it.
    recurrenceMedian: 16.8,
  },
}));

export const mentionsPoints: Pick<ThemeTrendPoint, 'key' | 'mentions' | 'n' | 'share' | 'interval'>[] = MONTHS.map(
  (month, index) => ({
    key: month.key,
    mentions: Math.round(month.n * (0.1 + index * 0.01)),
    n: month.n,
    share: month.n > 0 ? (Math.round(month.n * (0.1 + index * 0.01)) / month.n) * 100 : null,
    interval: month.n > 0 ? { low: 8, high: 16, method: 'wilson' as const, confidence: 0.95 } : null,
  }),
);

export const migrationStep: Pick<MigrationStepModel, 'from' | 'to' | 'matrix' | 'both' | 'fromTotals'> = {
  from: '2025-04',
  to: '2025-05',
  both: 300,
  matrix: {
    detractor: { detractor: 40, passive: 20, promoter: 10 },
    passive: { detractor: 15, passive: 50, promoter: 25 },
    promoter: { detractor: 5, passive: 25, promoter: 110 },
  },
  fromTotals: { detractor: 70, passive: 90, promoter: 140 },
};
