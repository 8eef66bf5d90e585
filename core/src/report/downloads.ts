import { type CsvColumn, type CsvOptions, toCsv, toJson } from './download-format.ts';
import type { DownloadFile, NpsFigure, Report, SegmentValueRow, ThemeModel, TrendPoint } from './model.ts';

/** The columns every NPS row shares, raw numbers (rounding is the reader's choice). */
function figureColumns<Row extends NpsFigure>(): CsvColumn<Row>[] {
  return [
    { header: 'n', value: (row) => row.n },
    { header: 'nps', value: (row) => row.nps },
    { header: 'ci_low', value: (row) => row.ci?.low },
    { header: 'ci_high', value: (row) => row.ci?.high },
    { header: 'ci_method', value: (row) => row.ci?.method },
    { header: 'confidence', value: (row) => row.ci?.confidence },
    { header: 'promoters', value: (row) => row.promoters },
    { header: 'passives', value: (row) => row.passives },
    { header: 'detractors', value: (row) => row.detractors },
    { header: 'promoters_pct', value: (row) => row.shares?.promoters },
    { header: 'passives_pct', value: (row) => row.shares?.passives },
    { header: 'detractors_pct', value: (row) => row.shares?.detractors },
    { header: 'small_sample', value: (row) => row.smallSample },
  ];
}

const TREND_COLUMNS: CsvColumn<TrendPoint>[] = [
  { header: 'period', value: (row) => row.key },
  { header: 'first_day', value: (row) => row.first },
  { header: 'last_day', value: (row) => row.last },
  ...figureColumns<TrendPoint>(),
  { header: 'change', value: (row) => row.change?.difference },
  { header: 'change_p', value: (row) => row.change?.p },
  { header: 'change_verdict', value: (row) => row.change?.verdict },
];

/** A segment row of the CSV: a value, or the responses without one (empty value, `without_value` true). */
type SegmentCsvRow = Omit<SegmentValueRow, 'slug'> & { withoutValue: boolean };

const SEGMENT_COLUMNS: CsvColumn<SegmentCsvRow>[] = [
  { header: 'field', value: (row) => row.field },
  { header: 'value', value: (row) => row.value },
  ...figureColumns<SegmentCsvRow>(),
  // Last, so that readers of the earlier columns are unaffected. The site shows the same line apart.
  { header: 'without_value', value: (row) => row.withoutValue },
];

const THEME_COLUMNS: CsvColumn<ThemeModel>[] = [
  { header: 'theme', value: (row) => row.id },
  { header: 'label', value: (row) => row.label },
  { header: 'kind', value: (row) => row.kind },
  { header: 'mentions', value: (row) => row.mentions },
  { header: 'share_pct', value: (row) => row.share.share },
  { header: 'share_low', value: (row) => row.share.interval?.low },
  { header: 'share_high', value: (row) => row.share.interval?.high },
  { header: 'nps_with', value: (row) => row.with.nps },
  { header: 'nps_without', value: (row) => row.without.nps },
  { header: 'impact', value: (row) => row.impact.difference },
  { header: 'impact_low', value: (row) => row.impact.interval?.low },
  { header: 'impact_high', value: (row) => row.impact.interval?.high },
  { header: 'impact_p', value: (row) => row.impact.p },
  { header: 'impact_verdict', value: (row) => row.impact.verdict },
  { header: 'effort', value: (row) => row.effort },
  { header: 'priority_score', value: (row) => row.priority.score },
  { header: 'quadrant', value: (row) => row.priority.quadrant },
  // Last, so that readers of the earlier columns are unaffected. impact_verdict follows this one:
  // the themes' impacts are one family, Holm-adjusted (impact_p stays the raw p of the test alone).
  { header: 'impact_p_holm', value: (row) => row.impact.adjusted?.p },
];

/** Aggregates only: no verbatim leaves through the downloads (the gallery publishes them, redacted). */
function aggregates(report: Report) {
  const { meta, overview } = report;
  const overviewRow = { from: meta.from, to: meta.to, ...overview.nps };
  const themes = report.themes.map(({ examples: _examples, ...theme }) => theme);
  const segments = report.segments.map((field) => ({
    field: field.field,
    label: field.label,
    values: field.values,
    missing: field.missing,
  }));
  return { overviewRow, themes, segments };
}

/** overview, trend, segments and themes, each as CSV and JSON, sorted by name. */
export function reportDownloads(report: Report, options: CsvOptions = {}): DownloadFile[] {
  const { overviewRow, themes, segments } = aggregates(report);
  const overviewColumns: CsvColumn<typeof overviewRow>[] = [
    { header: 'from', value: (row) => row.from },
    { header: 'to', value: (row) => row.to },
    ...figureColumns<typeof overviewRow>(),
  ];
  const csv = (name: string, text: string): DownloadFile => ({ name, mediaType: 'text/csv', text });
  const json = (name: string, value: unknown): DownloadFile => ({ name, mediaType: 'application/json', text: toJson(value) });
  const meta = { title: report.meta.title, fingerprint: report.meta.fingerprint, from: report.meta.from, to: report.meta.to };
  return [
    csv('overview.csv', toCsv([overviewRow], overviewColumns, options)),
    json('overview.json', {
      meta,
      nps: report.overview.nps,
      change: report.overview.change,
      benchmarks: report.overview.benchmarks,
    }),
    csv(
      'segments.csv',
      toCsv(
        segments.flatMap((field): SegmentCsvRow[] => [
          ...field.values.map((row) => ({ ...row, withoutValue: false })),
          ...(field.missing ? [{ ...field.missing, field: field.field, value: '', withoutValue: true }] : []),
        ]),
        SEGMENT_COLUMNS,
        options,
      ),
    ),
    json('segments.json', { meta, segments }),
    csv('themes.csv', toCsv(report.themes, THEME_COLUMNS, options)),
    json('themes.json', { meta, themes }),
    csv('trend.csv', toCsv(report.overview.trend, TREND_COLUMNS, options)),
    json('trend.json', { meta, period: report.meta.period, trend: report.overview.trend, rolling: report.overview.rolling }),
  ];
}
