import type { NpsConfig } from '../schema/config.ts';
import type { VerbatimSource } from './verbatim-collector.ts';

/**
 * Verbatim sources in columns, for a thread crossing (the site's reading worker sends them to the
 * main thread, see verbatim-collector.ts). A structured clone of one object a verbatim writes and
 * reads every property name again; here the numbers travel in typed arrays (transferred, not
 * copied), the strings in plain arrays, segments and themes as indices into the config's lists.
 */
export interface VerbatimBatchLayout {
  /** The declared segment fields, in config order: the only ones a card shows or hashes. */
  fields: readonly string[];
  /** The theme ids, in config order. */
  themes: readonly string[];
}

export function verbatimBatchLayout(config: Pick<NpsConfig, 'segments' | 'themes'>): VerbatimBatchLayout {
  return { fields: config.segments.map((segment) => segment.field), themes: config.themes.map((theme) => theme.id) };
}

/**
 * Strings with few distinct values (days, languages, segment values): each distinct string once,
 * and a code a verbatim. Measured on 1M responses: serializing 2.2M small strings cost the reading
 * thread 0.4 s, more than the rest of the crossing.
 */
export interface StringColumn {
  table: string[];
  /** Index into `table`, or NONE. */
  codes: Uint32Array;
}

const NONE = 0xff_ff_ff_ff;

export interface VerbatimBatch {
  count: number;
  days: StringColumn;
  /** Every comment, one after the other: one string to copy instead of thousands. */
  comments: string;
  /** Comment i is comments.slice(commentEnds[i - 1] ?? 0, commentEnds[i]). */
  commentEnds: Uint32Array;
  languages: StringColumn;
  /** Epoch ms; NaN for a response without a time (a time is always an integer). */
  at: Float64Array;
  scores: Uint8Array;
  /** 1 when the response got an answer. */
  replied: Uint8Array;
  /** Per declared field (layout order): the values. */
  segments: StringColumn[];
  /** Verbatim i's themes are themeIndices[themeEnds[i - 1] ?? 0 .. themeEnds[i]], indices into layout.themes. */
  themeEnds: Uint32Array;
  themeIndices: Uint16Array;
}

/** Builds a StringColumn value by value. */
function columnBuilder(count: number) {
  const table: string[] = [];
  const codeOf = new Map<string, number>();
  const codes = new Uint32Array(count);
  return {
    set(index: number, value: string | undefined): void {
      if (value === undefined) {
        codes[index] = NONE;
        return;
      }
      let code = codeOf.get(value);
      if (code === undefined) {
        code = table.push(value) - 1;
        codeOf.set(value, code);
      }
      codes[index] = code;
    },
    column: (): StringColumn => ({ table, codes }),
  };
}

function valueAt(column: StringColumn, index: number): string | undefined {
  const code = column.codes[index] as number;
  return code === NONE ? undefined : column.table[code];
}

export function packVerbatims(sources: readonly VerbatimSource[], layout: VerbatimBatchLayout): VerbatimBatch {
  const count = sources.length;
  const themeIndex = new Map(layout.themes.map((id, index) => [id, index]));
  const days = columnBuilder(count);
  const languages = columnBuilder(count);
  const segments = layout.fields.map(() => columnBuilder(count));
  const comments = new Array<string>(count);
  const commentEnds = new Uint32Array(count);
  const at = new Float64Array(count);
  const scores = new Uint8Array(count);
  const replied = new Uint8Array(count);
  const themeEnds = new Uint32Array(count);
  const themeIndices = new Uint16Array(sources.reduce((sum, source) => sum + source.themes.length, 0));
  let commentEnd = 0;
  let themeCount = 0;
  for (let index = 0; index < count; index++) {
    const source = sources[index] as VerbatimSource;
    days.set(index, source.day);
    comments[index] = source.comment;
    commentEnds[index] = commentEnd += source.comment.length;
    languages.set(index, source.language);
    at[index] = source.at ?? Number.NaN;
    scores[index] = source.score;
    replied[index] = source.replied ? 1 : 0;
    for (let field = 0; field < layout.fields.length; field++) {
      segments[field]?.set(index, source.segments[layout.fields[field] as string]);
    }
    for (const id of source.themes) {
      const found = themeIndex.get(id);
      if (found === undefined) throw new Error(`packVerbatims: theme "${id}" is not in the layout`);
      themeIndices[themeCount++] = found;
    }
    themeEnds[index] = themeCount;
  }
  return {
    count,
    days: days.column(),
    comments: comments.join(''),
    commentEnds,
    languages: languages.column(),
    at,
    scores,
    replied,
    segments: segments.map((builder) => builder.column()),
    themeEnds,
    themeIndices,
  };
}

/** The buffers to transfer with the batch (postMessage's transfer list): they are not copied. */
export function verbatimBatchBuffers(batch: VerbatimBatch): ArrayBuffer[] {
  const { at, scores, replied, themeEnds, themeIndices, commentEnds, days, languages, segments } = batch;
  return [at, scores, replied, themeEnds, themeIndices, commentEnds, days.codes, languages.codes]
    .concat(segments.map((column) => column.codes))
    .map((array) => array.buffer as ArrayBuffer);
}

/** The sources of a batch, with the declared segments only. */
export function unpackVerbatims(batch: VerbatimBatch, layout: VerbatimBatchLayout): VerbatimSource[] {
  const sources = new Array<VerbatimSource>(batch.count);
  let themeStart = 0;
  let commentStart = 0;
  for (let index = 0; index < batch.count; index++) {
    const segments: Record<string, string> = {};
    for (let field = 0; field < layout.fields.length; field++) {
      const value = valueAt(batch.segments[field] as StringColumn, index);
      if (value !== undefined) segments[layout.fields[field] as string] = value;
    }
    const themeEnd = batch.themeEnds[index] as number;
    const themes = new Array<string>(themeEnd - themeStart);
    for (let theme = themeStart; theme < themeEnd; theme++) {
      themes[theme - themeStart] = layout.themes[batch.themeIndices[theme] as number] as string;
    }
    themeStart = themeEnd;
    const commentEnd = batch.commentEnds[index] as number;
    const at = batch.at[index] as number;
    sources[index] = {
      day: valueAt(batch.days, index) as string,
      at: Number.isNaN(at) ? undefined : at,
      score: batch.scores[index] as number,
      comment: batch.comments.slice(commentStart, commentEnd),
      language: valueAt(batch.languages, index),
      segments,
      themes,
      replied: batch.replied[index] === 1,
    };
    commentStart = commentEnd;
  }
  return sources;
}
