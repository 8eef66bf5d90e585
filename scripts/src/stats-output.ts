import type { StatsJson } from './stats-json.ts';

/** `nps stats` for a terminal: the figures a CX lead reads, rounded for reading (JSON is not). */
export function formatStatsText(stats: StatsJson): string {
  const lines: string[] = [];
  if (stats.nps === null) return 'No responses.\n';
  const interval = stats.ci95 ? ` (95% CI ${signed(stats.ci95.low)} to ${signed(stats.ci95.high)}, adjusted Wald)` : '';
  const partial = stats.excluded.missingScore;
  const left = partial > 0 ? ` (${count(partial)} without a score, not counted)` : '';
  lines.push(`NPS ${signed(stats.nps)}${interval} · n = ${count(stats.n)}${left}`);
  if (stats.shares) {
    lines.push(
      `promoters ${percent(stats.shares.promoters)} (${count(stats.promoters)}) · passives ${percent(stats.shares.passives)} (${count(stats.passives)}) · detractors ${percent(stats.shares.detractors)} (${count(stats.detractors)})`,
    );
  }
  if (stats.weighted)
    lines.push(`weighted NPS ${signed(stats.weighted.nps)} · effective n = ${stats.weighted.effectiveN.toFixed(1)} (Kish)`);
  if (stats.periods) {
    lines.push(
      '',
      table(
        ['period', 'n', 'NPS', '95% CI', 'change'],
        stats.periods.map((period) => [
          period.period,
          count(period.n),
          signed(period.nps),
          range(period.ci),
          period.change?.difference == null ? '' : `${signed(period.change.difference)}${period.change.significant ? ' *' : ''}`,
        ]),
      ),
    );
    if (stats.periods.some((period) => period.change?.significant)) lines.push('* significant change from the previous period');
  }
  if (stats.segments) {
    const rows = stats.segments.values.map((value) => [
      value.value,
      count(value.n),
      signed(value.nps),
      range(value.ci),
      value.smallSample ? 'small sample' : '',
    ]);
    if (stats.segments.missing)
      rows.push([
        '(none)',
        count(stats.segments.missing.n),
        signed(stats.segments.missing.nps),
        range(stats.segments.missing.ci),
        'not a value',
      ]);
    lines.push('', table([stats.segments.field, 'n', 'NPS', '95% CI', ''], rows));
  }
  return `${lines.join('\n')}\n`;
}

function signed(value: number | null): string {
  if (value === null) return '–';
  const rounded = Math.round(value * 10) / 10;
  return `${rounded > 0 ? '+' : ''}${rounded.toFixed(1)}`;
}

function percent(value: number): string {
  return `${value.toFixed(1)}%`;
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}

function range(ci: { low: number; high: number } | null): string {
  return ci ? `${signed(ci.low)} to ${signed(ci.high)}` : '';
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const format = (row: string[]): string =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [format(header), ...rows.map(format)].join('\n');
}
