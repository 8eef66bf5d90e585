/** The delimiters real survey exports use, in order of preference when counts tie. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * Picks the delimiter from the first lines of a file: the candidate that appears the same number
 * of times (and at least once) on the most lines outside quotes. French Excel writes `;` because
 * `,` is its decimal separator, so a comma inside an unquoted number must not win: consistency
 * across lines beats raw counts.
 */
export function detectDelimiter(sample: string, maxLines = 20): CsvDelimiter {
  const lines = splitLogicalLines(sample, maxLines);
  let best: CsvDelimiter = ',';
  let bestScore = -1;
  for (const delimiter of CSV_DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const consistent = counts.filter((count) => count === header).length;
    const score = consistent * 1000 + header;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Splits on line breaks outside quotes, so a multi-line comment stays one logical line. */
function splitLogicalLines(text: string, maxLines: number): string[] {
  const lines: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < text.length && lines.length < maxLines; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) inQuotes = !inQuotes;
    else if (!inQuotes && (code === 10 || code === 13)) {
      if (i > start) lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (lines.length < maxLines && start < text.length && !inQuotes) lines.push(text.slice(start));
  return lines.filter((line) => line.trim().length > 0);
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let inQuotes = false;
  for (const char of line) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === delimiter) count++;
  }
  return count;
}
