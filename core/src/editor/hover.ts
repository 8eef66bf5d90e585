import { getLocation } from 'jsonc-parser';
import { CsvTokenizer } from '../parse/csv-tokenizer.ts';
import { createDateReader } from '../parse/dates.ts';
import { detectDelimiter } from '../parse/detect-delimiter.ts';
import { CANONICAL_FIELDS, type NpsConfig, type SourceConfig } from '../schema/config.ts';
import { categoryOf } from '../stats/categories.ts';
import { isoWeekKey, periodKey } from '../stats/periods.ts';

/**
 * What the editor says when the pointer rests on a response file: on a header (or a JSON key), the
 * field it maps to through the source's column map; on a score, its category; on a date, the day
 * and the periods it counts in. Markdown text, French or English.
 */
export interface HoverInput {
  text: string;
  /** UTF-16 offset of the pointer in `text`. */
  offset: number;
  format: 'csv' | 'json';
  source: SourceConfig;
  config: NpsConfig;
  locale: 'fr' | 'en';
}

interface Target {
  /** The header or key under the pointer, or the header of the cell under it. */
  header: string;
  /** The cell's value, undefined on a header or key. */
  value?: string;
  start: number;
  end: number;
}

export interface HoverResult {
  markdown: string;
  /** Offsets of the hovered header or cell. */
  start: number;
  end: number;
}

const WORDS = {
  fr: {
    maps: (header: string, field: string) => `Colonne « ${header} » → champ \`${field}\``,
    unmapped: (header: string) => `Colonne « ${header} » : aucun champ (ignorée)`,
    promoter: 'promoteur',
    passive: 'passif',
    detractor: 'détracteur',
    score: (score: number, category: string) => `Note ${score} : **${category}**`,
    date: (day: string, key: string, week: string) => `Jour ${day} · période \`${key}\` · semaine ISO \`${week}\``,
  },
  en: {
    maps: (header: string, field: string) => `Column "${header}" → field \`${field}\``,
    unmapped: (header: string) => `Column "${header}": no field (ignored)`,
    promoter: 'promoter',
    passive: 'passive',
    detractor: 'detractor',
    score: (score: number, category: string) => `Score ${score}: **${category}**`,
    date: (day: string, key: string, week: string) => `Day ${day} · period \`${key}\` · ISO week \`${week}\``,
  },
} as const;

export function hoverAt(input: HoverInput): HoverResult | undefined {
  const target = input.format === 'csv' ? csvTargetAt(input) : jsonTargetAt(input);
  if (!target) return undefined;
  const words = WORDS[input.locale];
  const field = fieldOfHeader(target.header, input.source, input.config);
  const at = { start: target.start, end: target.end };
  if (target.value === undefined) {
    return { markdown: field ? words.maps(target.header, field) : words.unmapped(target.header), ...at };
  }
  const value = target.value.trim();
  if (field === 'score' && /^\d{1,2}$/.test(value) && Number(value) <= 10) {
    return { markdown: words.score(Number(value), words[categoryOf(Number(value))]), ...at };
  }
  if (field === 'date' || field === 'repliedAt') {
    const reading = createDateReader({
      format: input.source.dateFormat,
      timeZone: input.source.timeZone ?? input.config.site.timeZone,
    })(value);
    if (!reading.ok) return undefined;
    const { period } = input.config.site;
    return {
      // `auto` depends on the whole data set, which a hover does not read: it is named as such.
      markdown: words.date(reading.day, period === 'auto' ? 'auto' : periodKey(reading.day, period), isoWeekKey(reading.day)),
      ...at,
    };
  }
  return undefined;
}

/** The canonical or segment field a header feeds: the column map first, then a header named like the field. */
export function fieldOfHeader(header: string, source: SourceConfig, config: NpsConfig): string | undefined {
  const loose = (text: string) =>
    text
      .replace(/^\uFEFF/, '')
      .trim()
      .replace(/\s+/g, ' ')
      .toLowerCase();
  const mapped = Object.entries(source.columns).flatMap(([field, columns]) =>
    (Array.isArray(columns) ? columns : [columns]).map((column) => [field, column] as const),
  );
  const exact = mapped.find(([, column]) => column === header);
  if (exact) return exact[0];
  const near = mapped.find(([, column]) => loose(column) === loose(header));
  if (near) return near[0];
  const fields = [...CANONICAL_FIELDS, ...config.segments.map((s) => s.field)];
  return fields.find((field) => source.columns[field] === undefined && loose(field) === loose(header));
}

function csvTargetAt(input: HoverInput): Target | undefined {
  const body = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  const offset = input.text.length === body.length ? input.offset : input.offset - 1;
  let header: string[] = [];
  let found: Target | undefined;
  const tokenizer = new CsvTokenizer({
    delimiter: input.source.delimiter ?? detectDelimiter(body.slice(0, 64 * 1024)),
    onRow(row) {
      if (found) return;
      if (row.index === input.source.headerRow - 1) header = [...row.fields];
      const column = row.starts.findIndex((start, index) => start <= offset && offset <= (row.ends[index] as number));
      if (column < 0) return;
      const shift = input.text.length - body.length;
      const at = { start: (row.starts[column] as number) + shift, end: (row.ends[column] as number) + shift };
      if (row.index === input.source.headerRow - 1) found = { header: row.fields[column] as string, ...at };
      else if (row.index >= input.source.headerRows && header[column] !== undefined) {
        found = { header: header[column] as string, value: row.fields[column] as string, ...at };
      }
    },
    onIssue: () => undefined,
  });
  tokenizer.push(body);
  tokenizer.finish();
  return found;
}

function jsonTargetAt(input: HoverInput): Target | undefined {
  const location = getLocation(input.text, input.offset);
  const key = location.path[location.path.length - 1];
  const node = location.previousNode;
  if (typeof key !== 'string' || !node) return undefined;
  const at = { start: node.offset, end: node.offset + node.length };
  if (location.isAtPropertyKey) return { header: key, ...at };
  if (node.type !== 'string' && node.type !== 'number') return undefined;
  return { header: key, value: String(node.value), ...at };
}
