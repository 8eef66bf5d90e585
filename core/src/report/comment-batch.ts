import type { NpsConfig } from '../schema/config.ts';
import type { CommentSource } from './verbatim-collector.ts';

/**
 * Comment sources in columns, for a thread crossing (the site's reading worker sends them to the
 * comment side's worker, see comment-collector.ts). A structured clone of one object a comment
 * writes and reads every property name again; here the numbers travel in typed arrays
 * (transferred, not copied), the comments in one string, the other strings once each.
 */
export interface CommentBatchLayout {
  /** The declared segment fields, in config order: the only ones a card shows or an action targets. */
  fields: readonly string[];
}

export function commentBatchLayout(config: Pick<NpsConfig, 'segments'>): CommentBatchLayout {
  return { fields: config.segments.map((segment) => segment.field) };
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

export interface CommentBatch {
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
  /** NaN for a response without a weight (a weight is always finite). */
  weights: Float64Array;
  /** 1 when the response got an answer. */
  replied: Uint8Array;
  /** Per declared field (layout order): the values. */
  segments: StringColumn[];
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

/**
 * Packs comment sources into batches as they come, keeping no source object: only the comment
 * strings wait for the batch (a source outliving a young-generation collection is copied by it).
 */
export class CommentPacker {
  private readonly layout: CommentBatchLayout;
  private readonly capacity: number;
  private count = 0;
  private columns: ReturnType<CommentPacker['emptyColumns']>;

  constructor(layout: CommentBatchLayout, capacity: number) {
    this.layout = layout;
    this.capacity = capacity;
    this.columns = this.emptyColumns();
  }

  get size(): number {
    return this.count;
  }

  get full(): boolean {
    return this.count === this.capacity;
  }

  add(source: CommentSource): void {
    if (this.full) throw new Error('CommentPacker: the batch is full, take() it first');
    const index = this.count++;
    const { columns, layout } = this;
    columns.days.set(index, source.day);
    columns.comments[index] = source.comment;
    columns.commentEnds[index] = columns.commentEnd += source.comment.length;
    columns.languages.set(index, source.language);
    columns.at[index] = source.at ?? Number.NaN;
    columns.scores[index] = source.score;
    columns.weights[index] = source.weight ?? Number.NaN;
    columns.replied[index] = source.replied ? 1 : 0;
    for (let field = 0; field < layout.fields.length; field++) {
      columns.segments[field]?.set(index, source.segments[layout.fields[field] as string]);
    }
  }

  /** The batch of the sources added since the last take (trimmed to their number); starts a new one. */
  take(): CommentBatch {
    const { columns, count } = this;
    this.columns = this.emptyColumns();
    this.count = 0;
    // A full batch sends its arrays as they are; the last one, a copy of its used part.
    const used = <T extends Float64Array | Uint8Array | Uint32Array>(array: T): T =>
      count === this.capacity ? array : (array.subarray(0, count).slice() as T);
    const column = (builder: ReturnType<typeof columnBuilder>): StringColumn => {
      const { table, codes } = builder.column();
      return { table, codes: used(codes) };
    };
    return {
      count,
      days: column(columns.days),
      comments: columns.comments.slice(0, count).join(''),
      commentEnds: used(columns.commentEnds),
      languages: column(columns.languages),
      at: used(columns.at),
      scores: used(columns.scores),
      weights: used(columns.weights),
      replied: used(columns.replied),
      segments: columns.segments.map(column),
    };
  }

  private emptyColumns() {
    const capacity = this.capacity;
    return {
      days: columnBuilder(capacity),
      languages: columnBuilder(capacity),
      segments: this.layout.fields.map(() => columnBuilder(capacity)),
      comments: new Array<string>(capacity),
      commentEnds: new Uint32Array(capacity),
      commentEnd: 0,
      at: new Float64Array(capacity),
      scores: new Uint8Array(capacity),
      weights: new Float64Array(capacity),
      replied: new Uint8Array(capacity),
    };
  }
}

/** The buffers to transfer with the batch (postMessage's transfer list): they are not copied. */
export function commentBatchBuffers(batch: CommentBatch): ArrayBuffer[] {
  const { at, scores, weights, replied, commentEnds, days, languages, segments } = batch;
  return [at, scores, weights, replied, commentEnds, days.codes, languages.codes]
    .concat(segments.map((column) => column.codes))
    .map((array) => array.buffer as ArrayBuffer);
}

/** The sources of a batch, with the declared segments only. */
export function unpackComments(batch: CommentBatch, layout: CommentBatchLayout): CommentSource[] {
  const sources = new Array<CommentSource>(batch.count);
  let commentStart = 0;
  for (let index = 0; index < batch.count; index++) {
    const segments: Record<string, string> = {};
    for (let field = 0; field < layout.fields.length; field++) {
      const value = valueAt(batch.segments[field] as StringColumn, index);
      if (value !== undefined) segments[layout.fields[field] as string] = value;
    }
    const commentEnd = batch.commentEnds[index] as number;
    const at = batch.at[index] as number;
    const weight = batch.weights[index] as number;
    sources[index] = {
      day: valueAt(batch.days, index) as string,
      at: Number.isNaN(at) ? undefined : at,
      score: batch.scores[index] as number,
      weight: Number.isNaN(weight) ? undefined : weight,
      comment: batch.comments.slice(commentStart, commentEnd),
      language: valueAt(batch.languages, index),
      segments,
      replied: batch.replied[index] === 1,
    };
    commentStart = commentEnd;
  }
  return sources;
}
