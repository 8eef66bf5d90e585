import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Encoding } from '../schema/config.ts';
import type { ExportAnalysis, InitMapping } from './analyze.ts';
import type { Candidate, MappedField, SegmentProposal } from './choose.ts';

/**
 * The nps.config.yaml that `nps init` writes, built with yaml's Document API so that every mapping
 * carries its reason as a comment: the user reads why a column was taken before trusting it.
 */
export interface InitSource {
  /** The path in the data folder (already a glob: special characters escaped). */
  path: string;
  /** The file name as the user knows it. */
  file: string;
  encoding: Encoding;
  analysis: ExportAnalysis;
  mapping: InitMapping;
}

export interface InitDocumentOptions {
  title: string;
  locale: 'fr' | 'en';
  /** Why the locale is what it is ("--locale", "the headers are in French"). */
  localeReason: string;
  sources: readonly InitSource[];
}

const SITE_ZONE = 'Europe/Paris';

/** Said above the columns when no column holds dates as text: the report needs one. */
const NO_DATE =
  ' TO DO: no column holds dates as text (see the columns left out below); add date: "<header>" and its dateFormat.';

export function buildConfigDocument(options: InitDocumentOptions): Document {
  const doc = new Document();
  doc.commentBefore = [
    ' NPS Pages: written by `nps init` from your export. Each mapping says why it was chosen; the',
    ' alternatives are in comments. Check it, then run `npm run build` (or `pnpm nps validate`).',
    ' Every key is described in the README ("The data") and in core/schema/nps.config.schema.json.',
  ].join('\n');
  const root = new YAMLMap();
  const site = new YAMLMap();
  site.items.push(new Pair(keyed('title'), new Scalar(options.title)));
  site.items.push(new Pair(keyed('locale'), commented(options.locale, options.localeReason)));
  site.items.push(new Pair(keyed('timeZone'), commented(SITE_ZONE, 'dates without an offset are read in this zone')));
  root.items.push(new Pair(keyed('site'), site));
  const sources = new YAMLSeq();
  for (const source of options.sources) sources.items.push(sourceNode(source));
  const sourcesKey = keyed('sources', ' One source per export: the file, how to read it, and which column holds which field.', {
    space: true,
  });
  root.items.push(new Pair(sourcesKey, sources));
  const segmentsKey = keyed('segments', ' The fields the report breaks the NPS down by.', { space: true });
  root.items.push(new Pair(segmentsKey, segmentsNode(options.sources)));
  doc.contents = root;
  return doc;
}

function keyed(name: string, before?: string, options: { space?: boolean } = {}): Scalar {
  const key = new Scalar(name);
  if (before !== undefined) key.commentBefore = before;
  if (options.space) key.spaceBefore = true;
  return key;
}

function commented(value: unknown, comment: string): Scalar {
  const node = new Scalar(value);
  node.comment = ` ${comment}`;
  return node;
}

function sourceNode(source: InitSource): YAMLMap {
  const { analysis, mapping } = source;
  const table = analysis.table;
  const map = new YAMLMap();
  const put = (key: string, value: unknown, before?: string): void => {
    const node = value instanceof YAMLSeq ? value : new Scalar(value);
    map.items.push(new Pair(keyed(key, before), node));
  };
  put('name', source.file.replace(/\.[^.]+$/, ''));
  put('path', source.path);
  if (source.encoding !== 'utf-8') put('encoding', source.encoding, encodingReason(source.encoding));
  if (table.delimiter) put('delimiter', table.delimiter, ` ${delimiterName(table.delimiter)}, detected`);
  if (table.headerRows > 1) {
    put('headerRows', table.headerRows, ` ${table.headerReason}`);
    put('headerRow', table.headerRow);
  }
  if (table.arrayPath) put('arrayPath', table.arrayPath, ` ${table.headerReason}`);
  if (mapping.dateFormat) {
    const check = mapping.dateAmbiguous ? ' TO CHECK:' : '';
    put('dateFormat', mapping.dateFormat, `${check} ${mapping.reasons.date ?? ''}`);
  }
  if (mapping.timeZone && mapping.timeZone !== SITE_ZONE)
    put('timeZone', mapping.timeZone, ' the export states its dates in this zone');
  const noDate = mapping.columns.date === undefined ? NO_DATE : undefined;
  map.items.push(new Pair(keyed('columns', noDate), columnsNode(source)));
  const leftOut = mapping.leftOut.map((column) => `   "${column.header}": ${column.reason}`);
  if (leftOut.length > 0) map.comment = [' Columns left out (on purpose):', ...leftOut].join('\n');
  return map;
}

function columnsNode(source: InitSource): YAMLMap {
  const { mapping } = source;
  const { headers: names, labels } = source.analysis.table;
  const columns = new YAMLMap();
  for (const [field, headers] of Object.entries(mapping.columns) as [MappedField, string | string[]][]) {
    const lines = [` ${field}: ${mapping.reasons[field] ?? ''}`];
    for (const header of typeof headers === 'string' ? [headers] : headers) {
      const label = labels[names.indexOf(header)];
      if (label && label !== header) lines.push(`   ${header} asks "${label}"`);
    }
    const others = mapping.alternatives[field] ?? [];
    if (others.length > 0) {
      const noun = field === 'score' ? 'Other 0-10 questions, not the recommendation' : 'Also possible';
      lines.push(` ${noun}:`, ...others.map((other) => `   ${describe(other)}`));
    }
    const space = columns.items.length > 0;
    columns.items.push(new Pair(keyed(field, lines.join('\n'), { space }), headerNode(headers)));
  }
  for (const segment of mapping.segments) {
    const key = keyed(segment.field, ` segment ${segment.field}: ${segment.reason}`, { space: true });
    columns.items.push(new Pair(key, headerNode(segment.header)));
  }
  return columns;
}

function headerNode(headers: string | string[]): Scalar | YAMLSeq {
  if (typeof headers === 'string') return new Scalar(headers);
  const list = new YAMLSeq();
  for (const header of headers) list.items.push(new Scalar(header));
  return list;
}

function describe(candidate: Candidate): string {
  const headers = candidate.headers.map((header) => `"${header}"`).join(' + ');
  const format = candidate.dateFormat ? ` with dateFormat ${candidate.dateFormat}` : '';
  return `${headers}${format} (${candidate.reason})`;
}

function segmentsNode(sources: readonly InitSource[]): YAMLSeq {
  const segments = new YAMLSeq();
  const seen = new Set<string>();
  const all: SegmentProposal[] = sources.flatMap((source) => source.mapping.segments);
  for (const segment of all) {
    if (seen.has(segment.field)) continue;
    seen.add(segment.field);
    const item = new YAMLMap();
    item.items.push(new Pair(new Scalar('field'), new Scalar(segment.field)));
    const label = typeof segment.label === 'string' ? new Scalar(segment.label) : labelNode(segment.label);
    item.items.push(new Pair(new Scalar('label'), label));
    segments.items.push(item);
  }
  return segments;
}

function labelNode(label: { fr: string; en: string }): YAMLMap {
  const map = new YAMLMap();
  map.flow = true;
  map.items.push(new Pair(new Scalar('fr'), new Scalar(label.fr)), new Pair(new Scalar('en'), new Scalar(label.en)));
  return map;
}

function encodingReason(encoding: Encoding): string {
  if (encoding === 'windows-1252') {
    return ' the bytes are not valid UTF-8: read as Windows-1252 (Excel\'s "CSV (séparateur: point-virgule)"); saving as CSV UTF-8 is safer';
  }
  return ` the file starts with a ${encoding.toUpperCase()} byte order mark (Excel's "Unicode Text")`;
}

function delimiterName(delimiter: string): string {
  if (delimiter === '\t') return 'tabs';
  if (delimiter === ';') return 'semicolons';
  if (delimiter === '|') return 'pipes';
  return 'commas';
}
