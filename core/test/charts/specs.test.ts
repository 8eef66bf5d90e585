import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import {
  buildCategorySharesSpec,
  buildMentionsTrendSpec,
  buildMigrationSpec,
  buildPriorityMatrixSpec,
  buildSegmentComparisonSpec,
  buildSplitBarSpec,
  buildThemeImpactSpec,
  buildTrendSpec,
  type ChartLocale,
  type VegaLiteSpec,
} from '../../src/charts/index.ts';
import {
  annotations,
  mentionsPoints,
  migrationStep,
  priorityThemes,
  segmentRows,
  sharesPoints,
  split,
  themes,
  trendPoints,
} from './fixtures.ts';

const BUILDERS: Record<string, (locale: ChartLocale) => VegaLiteSpec> = {
  trend: (locale) => buildTrendSpec({ points: trendPoints, annotations }, { locale }),
  'split-bar': (locale) => buildSplitBarSpec(split, { locale }),
  'category-shares': (locale) => buildCategorySharesSpec(sharesPoints, { locale }),
  'segment-comparison': (locale) =>
    buildSegmentComparisonSpec({ fieldLabel: 'Magasin', rows: segmentRows, overall: 36.2 }, { locale }),
  'theme-impact': (locale) => buildThemeImpactSpec(themes, { locale }),
  'priority-matrix': (locale) => buildPriorityMatrixSpec(priorityThemes, { locale }),
  'mentions-trend': (locale) => buildMentionsTrendSpec({ themeLabel: 'Attente en caisse', points: mentionsPoints }, { locale }),
  migration: (locale) => buildMigrationSpec(migrationStep, { locale }),
};

/** Compiles with a logger that records instead of printing: a spec that makes Vega-Lite warn is a bug. */
function compileStrict(spec: VegaLiteSpec): { warnings: string[] } {
  const warnings: string[] = [];
  const record = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    return logger;
  };
  const logger = { level: () => logger, warn: record, error: record, info: () => logger, debug: () => logger };
  compile(spec as unknown as Parameters<typeof compile>[0], { logger: logger as never });
  return { warnings };
}

/** Every tooltip entry of a spec, at any depth. */
function tooltipEntries(node: unknown): { field?: string; type?: string }[] {
  if (Array.isArray(node)) return node.flatMap(tooltipEntries);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => {
    if (key === 'tooltip')
      return Array.isArray(value) ? (value as { field?: string; type?: string }[]) : [value as { field?: string }];
    return tooltipEntries(value);
  });
}

describe.each(Object.keys(BUILDERS))('%s chart', (name) => {
  const build = BUILDERS[name] as (locale: ChartLocale) => VegaLiteSpec;
  it.each(['fr', 'en'] as const)('compiles without warnings and matches its golden spec (%s)', async (locale) => {
    const spec = build(locale);
    expect(compileStrict(spec).warnings).toEqual([]);
    await expect(`${JSON.stringify(spec, null, 2)}\n`).toMatchFileSnapshot(`./fixtures/golden/${name}.${locale}.json`);
  });

  it('shows only numbers and period names in tooltips, never labels that come from data', () => {
    for (const entry of tooltipEntries(build('fr'))) {
      expect(entry.type === 'quantitative' || entry.field === 'period', JSON.stringify(entry)).toBe(true);
    }
  });

  it('has a description of one sentence, different in French and English, with no NaN or undefined', () => {
    const fr = build('fr').description;
    const en = build('en').description;
    expect(fr).not.toBe(en);
    for (const text of [fr, en]) {
      expect(text).toMatch(/\.$/);
      expect(text).not.toMatch(/NaN|undefined|null|Infinity/);
    }
  });

  it('is deterministic: the same input gives the same JSON', () => {
    expect(JSON.stringify(build('fr'))).toBe(JSON.stringify(build('fr')));
  });
});

describe('descriptions say what a reader would read off the chart', () => {
  it('trend: first and last NPS with intervals, total responses, empty periods and actions inside the range', () => {
    expect(BUILDERS.trend?.('fr').description).toBe(
      'NPS par période de janv. 2025 à mai 2025 : 31 (intervalle à 95\u202f% : 25 à 38) en janv. 2025, 41 (intervalle à 95\u202f% : 36 à 47) en mai 2025 ; 3\u202f809 réponses ; 1 période sans réponse ; 2 actions marquées.',
    );
    expect(BUILDERS.trend?.('en').description).toBe(
      'NPS by period from Jan 2025 to May 2025: 31 (95% interval: 25 to 38) in Jan 2025, 41 (95% interval: 36 to 47) in May 2025; 3,809 responses; 1 period without responses; 2 actions marked.',
    );
  });

  it('split bar: the three shares with one decimal, in French number format', () => {
    expect(BUILDERS['split-bar']?.('fr').description).toBe(
      'Répartition des réponses (3\u202f809 réponses) : détracteurs 23,0\u202f%, passifs 32,0\u202f%, promoteurs 45,0\u202f%.',
    );
  });

  it('migration: who stayed, moved up and moved down', () => {
    expect(BUILDERS.migration?.('en').description).toBe(
      'Migration between Apr 2025 and May 2025 of 300 respondents who answered in both: 200 stayed in their category, 55 moved up, 45 moved down.',
    );
  });
});

describe('data stays data', () => {
  it('keeps markup in labels as plain strings of the data, never in expressions', () => {
    for (const build of Object.values(BUILDERS)) {
      const json = JSON.stringify(build('fr'));
      expect(json).not.toMatch(/labelExpr|"expr"|"calculate"/);
    }
  });

  it('breaks the trend line at an empty period instead of joining its neighbours', () => {
    const spec = BUILDERS.trend?.('fr') as VegaLiteSpec & { data: { values: { nps: number | null; n: number }[] } };
    expect(spec.data.values.map((row) => row.nps)).toEqual([31.4, 33.05, null, 38.9, 41.25]);
    expect(JSON.stringify(spec)).toContain('"invalid":"break-paths-show-domains"');
  });

  it('leaves out actions outside the periods', () => {
    const json = JSON.stringify(BUILDERS.trend?.('fr'));
    expect(json).toContain('Caisses <script>alert(1)</s\u2026');
    expect(json).not.toContain('Avant la période');
  });
});
