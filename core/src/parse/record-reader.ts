import { type Issue, type IssueCode, makeIssue, type Span } from '../issues.ts';
import type { NpsConfig, SourceConfig } from '../schema/config.ts';
import type { NpsResponse } from '../schema/response.ts';
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

/** How a parser exposes one record's cells; spans are computed only when an issue needs one. */
export interface RecordCells {
  /** The raw value of a field: a string for CSV, any JSON value for JSON; undefined when absent. */
  value(field: string): unknown;
  span(field: string): Span;
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

export interface RecordReader {
  read(cells: RecordCells): NpsResponse | undefined;
  /** The segment fields this reader fills, in config order. */
  readonly segmentFields: readonly string[];
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

export function createRecordReader(options: RecordReaderOptions): RecordReader {
  const { file, source, config, ids, onIssue } = options;
  const timeZone = source.timeZone ?? config.site.timeZone;
  const readDate = createDateReader({ format: source.dateFormat, timeZone });
  const segmentFields = config.segments.map((segment) => segment.field);
  const constants = source.constants;

  function report(span: Span, code: IssueCode, message: string): void {
    onIssue(makeIssue(file, span, code, message));
  }

  /** A text cell, trimmed; padding is reported so the editor can offer to remove it. */
  function text(cells: RecordCells, field: string): string | undefined {
    const raw = cells.value(field);
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'string') {
      if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
      report(cells.span(field), 'NPS240', `${field} must be text, not ${Array.isArray(raw) ? 'an array' : 'an object'}`);
      return undefined;
    }
    const trimmed = raw.trim();
    if (trimmed.length !== raw.length && trimmed.length > 0 && field !== 'comment') {
      report(cells.span(field), 'NPS241', `${field} "${trimmed}" has spaces around it`);
    }
    return trimmed.length === 0 ? undefined : trimmed;
  }

  function readScore(cells: RecordCells): number | undefined {
    const raw = cells.value('score');
    if (typeof raw === 'number') return checkScoreNumber(cells, raw, String(raw));
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
      report(raw === undefined ? cells.recordSpan() : cells.span('score'), 'NPS201', 'the score is missing');
      return undefined;
    }
    const value = text(cells, 'score') ?? '';
    const numeric = INTEGER.test(value) || DECIMAL.test(value);
    if (cells.typed && numeric) {
      report(cells.span('score'), 'NPS205', `the score is the text "${value}", not a number`);
      return undefined;
    }
    if (numeric) return checkScoreNumber(cells, Number(value.replace(',', '.')), value);
    report(cells.span('score'), 'NPS202', `the score "${value}" is not a number from 0 to 10`);
    return undefined;
  }

  function checkScoreNumber(cells: RecordCells, score: number, written: string): number | undefined {
    if (!Number.isFinite(score)) {
      report(cells.span('score'), 'NPS202', `the score "${written}" is not a number from 0 to 10`);
      return undefined;
    }
    if (!Number.isInteger(score)) {
      report(cells.span('score'), 'NPS203', `the score ${written} is not a whole number`);
      return undefined;
    }
    if (score < 0 || score > 10) {
      report(cells.span('score'), 'NPS204', `the score ${written} is outside 0 to 10`);
      return undefined;
    }
    return score;
  }

  function readWhen(cells: RecordCells, field: 'date' | 'repliedAt'): DateReading | undefined {
    const value = text(cells, field);
    if (value === undefined) return undefined;
    const reading = readDate(value);
    if (!reading.ok) {
      const code = field === 'date' ? reading.code : 'NPS221';
      report(cells.span(field), code, field === 'date' ? reading.message : `repliedAt: ${reading.message}`);
    }
    return reading;
  }

  /** The weight, undefined when absent, or false when present but invalid (already reported). */
  function readWeight(cells: RecordCells): number | undefined | false {
    const raw = cells.value('weight');
    const value = typeof raw === 'number' ? raw : text(cells, 'weight');
    if (value === undefined) return undefined;
    const weight = typeof value === 'number' ? value : DECIMAL.test(value) ? Number(value.replace(',', '.')) : Number.NaN;
    if (!(weight > 0) || !Number.isFinite(weight)) {
      report(cells.span('weight'), 'NPS220', `the weight "${String(value)}" is not a positive number`);
      return false;
    }
    return weight;
  }

  function read(cells: RecordCells): NpsResponse | undefined {
    let valid = true;
    const score = readScore(cells);
    if (score === undefined) valid = false;

    const date = readWhen(cells, 'date');
    if (date === undefined) {
      const raw = cells.value('date');
      // A date given as an object or array was already reported as such (NPS240): not "missing" too.
      if (raw === undefined) report(cells.recordSpan(), 'NPS210', 'the date is missing');
      else if (raw === null || typeof raw === 'string') report(cells.span('date'), 'NPS210', 'the date is missing');
      valid = false;
    } else if (!date.ok) valid = false;

    const replied = readWhen(cells, 'repliedAt');
    if (replied !== undefined && !replied.ok) valid = false;

    const weight = readWeight(cells);
    if (weight === false) valid = false;

    const id = text(cells, 'id');
    if (id !== undefined) {
      const span = cells.span('id');
      const first = ids.claim(id, file, span.line);
      if (first) {
        report(span, 'NPS230', `the id "${id}" is already used at ${first.file}:${first.line}`);
        valid = false;
      }
    }

    const segments: Record<string, string> = {};
    for (const field of segmentFields) {
      const value = text(cells, field) ?? constants[field];
      if (value !== undefined) segments[field] = value;
    }
    // Read before the validity check, so that a comment given as an object is reported even on a
    // record that already has a bad score: every problem of the record, not the first.
    const comment = text(cells, 'comment');
    const language = text(cells, 'language');
    const respondent = text(cells, 'respondent');
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
        report(cells.span('repliedAt'), 'NPS222', `the answer (${replied.day}) is dated before the response (${date.day})`);
      }
    }
    return response;
  }

  return { read, segmentFields };
}
