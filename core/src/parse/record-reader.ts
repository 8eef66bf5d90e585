import { type Issue, type IssueCode, type IssueValues, issueAt, type Span } from '../issues.ts';
import { CANONICAL_FIELDS, type CanonicalField, type NpsConfig, type SourceConfig } from '../schema/config.ts';
import type { NpsResponse } from '../schema/response.ts';
import { categoryOf, type NpsCategory } from '../stats/categories.ts';
import { createDateReader, type DateReading } from './dates.ts';
import type { IdRegistry } from './id-registry.ts';

/**
 * Turns the cells of one record (a CSV row or a JSON object) into a validated response, reporting
 * every problem of the record, not the first. Shared by the CSV and JSON parsers so both formats
 * accept exactly the same values with the same codes and messages.
 *
 * This is the hot path of ingestion (a million records in the benchmark): the checks are written
 * out per field instead of running the zod response schema per record (measured about 10x slower);
 * core/test/parse/record-reader.test.ts proves both accept the same records.
 */

/**
 * How a parser exposes one record's cells; spans are computed only when an issue needs one. Every
 * field comes with its slot, its index in the reader's `fields`, so a parser can find the cell with
 * an array index instead of a lookup by name (the CSV parser does, on a million rows).
 */
export interface RecordCells {
  /** The raw value of a field: a string for CSV, any JSON value for JSON; undefined when absent. */
  value(field: string, slot: number): unknown;
  span(field: string, slot: number): Span;
  /** The line where a field starts (a present field), when cheaper than its span. */
  line?(field: string, slot: number): number;
  /** The span of the whole record, for issues about a field that is absent. */
  recordSpan(): Span;
  /** True when values carry their own types (JSON): a score written as "9" is then reported. */
  readonly typed: boolean;
}

export interface RecordReaderOptions {
  file: string;
  source: SourceConfig;
  config: NpsConfig;
  ids: IdRegistry;
  onIssue: (issue: Issue) => void;
}

/** What every response parser (CSV, JSON, workbooks) is given: the reader's options and where responses go. */
export interface ResponseParserOptions extends RecordReaderOptions {
  onResponse: (response: NpsResponse) => void;
}

export interface RecordReader {
  read(cells: RecordCells): NpsResponse | undefined;
  /** The segment fields this reader fills, in config order. */
  readonly segmentFields: readonly string[];
  /** Every field the reader asks for, by slot: the canonical fields, then the segment fields. */
  readonly fields: readonly string[];
}

const slot = (field: CanonicalField): number => CANONICAL_FIELDS.indexOf(field);
const DATE = slot('date');
const SCORE = slot('score');
const ID = slot('id');
const COMMENT = slot('comment');
const LANGUAGE = slot('language');
const RESPONDENT = slot('respondent');
const WEIGHT = slot('weight');
const REPLIED_AT = slot('repliedAt');
const CATEGORY = slot('category');

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

export function createRecordReader(options: RecordReaderOptions): RecordReader {
  const { file, source, config, ids, onIssue } = options;
  const timeZone = source.timeZone ?? config.site.timeZone;
  const readDate = createDateReader({ format: source.dateFormat, timeZone });
  const segmentFields = config.segments.map((segment) => segment.field);
  const fields: readonly string[] = [...CANONICAL_FIELDS, ...segmentFields];
  const constants = source.constants;

  function report<Code extends IssueCode>(span: Span, code: Code, values: IssueValues<Code>): void {
    onIssue(issueAt(file, span, code, values));
  }

  /** A text cell, trimmed; padding is reported so the editor can offer to remove it. */
  function text(cells: RecordCells, field: string, at: number): string | undefined {
    const raw = cells.value(field, at);
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'string') {
      if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
      report(cells.span(field, at), 'NPS240', { field, found: Array.isArray(raw) ? 'array' : 'object' });
      return undefined;
    }
    const trimmed = raw.trim();
    if (trimmed.length !== raw.length && trimmed.length > 0 && field !== 'comment') {
      report(cells.span(field, at), 'NPS241', { field, trimmed });
    }
    return trimmed.length === 0 ? undefined : trimmed;
  }

  function readScore(cells: RecordCells): number | undefined {
    const raw = cells.value('score', SCORE);
    if (typeof raw === 'number') return checkScoreNumber(cells, raw, String(raw));
    // The usual cell, "0" to "10" as written by every survey tool: read without trim or regex.
    if (!cells.typed && typeof raw === 'string') {
      const score = smallScore(raw);
      if (score >= 0) return score;
    }
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
      // A partial answer (the score question was skipped): left out of every figure and counted
      // through this issue (ingest counts NPS201 warnings), unless the source wants it strict.
      const span = raw === undefined ? cells.recordSpan() : cells.span('score', SCORE);
      const strict = source.missingScore === 'error';
      onIssue(issueAt(file, span, 'NPS201', { strict }, strict ? 'error' : 'warning'));
      return undefined;
    }
    const value = text(cells, 'score', SCORE) ?? '';
    const numeric = INTEGER.test(value) || DECIMAL.test(value);
    if (cells.typed && numeric) {
      report(cells.span('score', SCORE), 'NPS205', { written: value });
      return undefined;
    }
    if (numeric) return checkScoreNumber(cells, Number(value.replace(',', '.')), value);
    report(cells.span('score', SCORE), 'NPS202', { written: value });
    return undefined;
  }

  function checkScoreNumber(cells: RecordCells, score: number, written: string): number | undefined {
    if (!Number.isFinite(score)) {
      report(cells.span('score', SCORE), 'NPS202', { written });
      return undefined;
    }
    if (!Number.isInteger(score)) {
      report(cells.span('score', SCORE), 'NPS203', { written });
      return undefined;
    }
    if (score < 0 || score > 10) {
      report(cells.span('score', SCORE), 'NPS204', { written });
      return undefined;
    }
    return score;
  }

  function readWhen(cells: RecordCells, field: 'date' | 'repliedAt', at: number): DateReading | undefined {
    const value = text(cells, field, at);
    if (value === undefined) return undefined;
    const reading = readDate(value);
    if (!reading.ok) {
      const span = cells.span(field, at);
      if (field === 'repliedAt') report(span, 'NPS221', reading.values);
      else if (reading.code === 'NPS211') report(span, 'NPS211', reading.values);
      else report(span, 'NPS212', reading.values);
    }
    return reading;
  }

  /** The weight, undefined when absent, or false when present but invalid (already reported). */
  function readWeight(cells: RecordCells): number | undefined | false {
    const raw = cells.value('weight', WEIGHT);
    const value = typeof raw === 'number' ? raw : text(cells, 'weight', WEIGHT);
    if (value === undefined) return undefined;
    const weight = typeof value === 'number' ? value : DECIMAL.test(value) ? Number(value.replace(',', '.')) : Number.NaN;
    if (!(weight > 0) || !Number.isFinite(weight)) {
      report(cells.span('weight', WEIGHT), 'NPS220', { written: String(value) });
      return false;
    }
    return weight;
  }

  function read(cells: RecordCells): NpsResponse | undefined {
    let valid = true;
    const score = readScore(cells);
    if (score === undefined) valid = false;

    const date = readWhen(cells, 'date', DATE);
    if (date === undefined) {
      const raw = cells.value('date', DATE);
      // A date given as an object or array was already reported as such (NPS240): not "missing" too.
      if (raw === undefined) report(cells.recordSpan(), 'NPS210', {});
      else if (raw === null || typeof raw === 'string') report(cells.span('date', DATE), 'NPS210', {});
      valid = false;
    } else if (!date.ok) valid = false;

    const replied = readWhen(cells, 'repliedAt', REPLIED_AT);
    if (replied !== undefined && !replied.ok) valid = false;

    const weight = readWeight(cells);
    if (weight === false) valid = false;

    const id = text(cells, 'id', ID);
    if (id !== undefined) {
      const line = cells.line ? cells.line('id', ID) : cells.span('id', ID).line;
      const first = ids.claim(id, file, line);
      if (first) {
        report(cells.span('id', ID), 'NPS230', { id, first });
        valid = false;
      }
    }

    const segments: Record<string, string> = {};
    for (let index = 0; index < segmentFields.length; index++) {
      const field = segmentFields[index] as string;
      const value = text(cells, field, CANONICAL_FIELDS.length + index) ?? constants[field];
      if (value !== undefined) segments[field] = value;
    }
    // Read before the validity check, so that a comment given as an object is reported even on a
    // record that already has a bad score: every problem of the record, not the first.
    if (score !== undefined) checkCategory(cells, score);
    const comment = text(cells, 'comment', COMMENT);
    const language = text(cells, 'language', LANGUAGE);
    const respondent = text(cells, 'respondent', RESPONDENT);
    if (!valid || score === undefined || date === undefined || !date.ok) return undefined;

    const response: NpsResponse = { day: date.day, score, segments };
    if (id !== undefined) response.id = id;
    if (date.at !== undefined) response.at = date.at;
    if (comment !== undefined) response.comment = comment;
    if (language !== undefined) response.language = language;
    if (respondent !== undefined) response.respondent = respondent;
    if (weight !== undefined && weight !== false) response.weight = weight;
    if (replied?.ok) {
      const repliedAt = replied.at ?? Date.parse(`${replied.day}T00:00:00Z`);
      response.repliedAt = repliedAt;
      const answeredAt = date.at ?? Date.parse(`${date.day}T00:00:00Z`);
      if (repliedAt < answeredAt && replied.day < date.day) {
        report(cells.span('repliedAt', REPLIED_AT), 'NPS222', { replied: replied.day, answered: date.day });
      }
    }
    return response;
  }

  /** A column that restates the category (Promoter, Passif, Detractor...) must agree with the score. */
  function checkCategory(cells: RecordCells, score: number): void {
    const written = text(cells, 'category', CATEGORY);
    if (written === undefined) return;
    const said = categoryOfLabel(written);
    const actual = categoryOf(score);
    if (said === undefined) {
      report(cells.span('category', CATEGORY), 'NPS243', { written });
    } else if (said !== actual) {
      report(cells.span('category', CATEGORY), 'NPS243', { written, score, actual });
    }
  }

  return { read, segmentFields, fields };
}

/** The score written as one or two ASCII digits from 0 to 10 ("7", "10", "09"), or -1 for anything else. */
function smallScore(raw: string): number {
  const first = raw.charCodeAt(0) - 48;
  if (!(first >= 0 && first <= 9)) return -1;
  if (raw.length === 1) return first;
  if (raw.length !== 2) return -1;
  const second = raw.charCodeAt(1) - 48;
  if (!(second >= 0 && second <= 9)) return -1;
  const score = first * 10 + second;
  return score <= 10 ? score : -1;
}

/** The category a survey tool's label names, in French or English; undefined when it names none. */
export function categoryOfLabel(label: string): NpsCategory | undefined {
  const folded = label.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
  if (/^(promoters?|promoteurs?|promotrices?|promoteur\.?rice)$/.test(folded)) return 'promoter';
  if (/^(passives?|passifs?|neutral|neutres?)$/.test(folded)) return 'passive';
  if (/^(detractors?|detracteurs?|detractrices?)$/.test(folded)) return 'detractor';
  return undefined;
}
