import type { SampleResponse } from './sample.ts';

/**
 * RFC 4180 quoting, as spreadsheets write it: a field is quoted only when it holds the delimiter,
 * a quote or a line break, and quotes inside are doubled.
 */
export function csvField(value: string, delimiter: string): string {
  const needsQuotes = value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r');
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvRow(values: readonly string[], options: { delimiter: string; newline: string }): string {
  let row = '';
  for (let index = 0; index < values.length; index++) {
    if (index > 0) row += options.delimiter;
    row += csvField(values[index] as string, options.delimiter);
  }
  return row + options.newline;
}

/**
 * The canonical CSV (headers are the canonical field names, ISO 8601 dates): what a data set
 * needs no column map for. The ingestion benchmark writes its million rows with these.
 */
export const CANONICAL_HEADER = [
  'id',
  'date',
  'score',
  'comment',
  'language',
  'respondent',
  'weight',
  'repliedAt',
  'channel',
  'store',
  'region',
];

export function canonicalCsvRow(response: SampleResponse): string {
  return csvRow(
    [
      response.id,
      response.at,
      String(response.score),
      response.comment ?? '',
      response.language,
      response.respondent ?? '',
      response.weight === undefined ? '' : String(response.weight),
      response.repliedAt ?? '',
      response.channel,
      response.store ?? '',
      response.region,
    ],
    { delimiter: ',', newline: '\n' },
  );
}
