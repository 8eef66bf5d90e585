import { type DownloadFile, type Report, reportDownloads } from '@nps-pages/core';

/**
 * The files of /downloads/, from core's formula-safe CSV and JSON. Numbers are written raw with a
 * decimal point (machine-readable, like the JSON), so the CSV keeps the comma delimiter in every
 * locale. CSV starts with a byte-order mark: without it Excel reads UTF-8 as Windows-1252 and
 * mangles every accent.
 */
export function downloadsOf(report: Report): DownloadFile[] {
  return reportDownloads(report)
    .map((file) => (file.mediaType === 'text/csv' ? { ...file, text: `\uFEFF${file.text}` } : file))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
