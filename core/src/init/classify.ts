import { categoryOfLabel } from '../parse/record-reader.ts';
import {
  COMMENT_CUE,
  foldHeader,
  ID_CUE,
  isEmailValue,
  isIpValue,
  LANGUAGE_CUE,
  LANGUAGE_VALUE,
  PERSONAL_CUE,
  RESPONDENT_CUE,
  recommendationCue,
  segmentCue,
} from './cues.ts';
import { type DateInference, inferDateFormat } from './infer-date-format.ts';

/**
 * What one column holds, judged from its header (and question text) and its values, with the
 * reason in words. Each column gets one kind; choose.ts then ranks the columns of a kind for each
 * field (two score columns, three dates...).
 */
export type ColumnKind =
  | 'empty'
  | 'personal'
  | 'id'
  | 'respondent'
  | 'category'
  | 'score'
  | 'date'
  | 'language'
  | 'weight'
  | 'text'
  | 'segment'
  | 'other';

export interface ColumnVerdict {
  index: number;
  header: string;
  /** The question text, when another header row gives it. */
  label: string;
  kind: ColumnKind;
  reason: string;
  /** Non-empty cells. */
  filled: number;
  /** score: how strongly the header asks the recommendation question. */
  cueWeight?: number;
  date?: DateInference;
}

export interface ColumnInput {
  index: number;
  header: string;
  label: string;
  cells: readonly string[];
}

const KNOWN_LANGUAGES = /^(fr|en|de|es|it|nl|pt|ar|zh|ja|ru|pl|sv|da|no|fi|ca|eu|br|oc)([-_]|$)/i;
const WEIGHT_CUE = /\b(ponderation|weight|poids|coefficient)\b/;
const NUMBER = /^[+-]?\d+([.,]\d+)?$/;

/** What the rules below look at: the header folded, the non-empty values, and a few counts. */
interface ColumnFacts {
  header: string;
  folded: string;
  values: string[];
  distinct: number;
  locale: 'fr' | 'en';
  share: (test: (value: string) => boolean) => number;
  verdict: (kind: ColumnKind, reason: string, extra?: Partial<ColumnVerdict>) => ColumnVerdict;
}

export function classifyColumn(column: ColumnInput, locale: 'fr' | 'en'): ColumnVerdict {
  const values = column.cells.map((cell) => cell.trim()).filter((cell) => cell !== '' && cell !== '\u0000object');
  const base = { index: column.index, header: column.header, label: column.label, filled: values.length };
  const facts: ColumnFacts = {
    header: column.header,
    folded: foldHeader(column.header === column.label ? column.header : `${column.header} ${column.label}`),
    values,
    distinct: new Set(values).size,
    locale,
    share: (test) => values.filter(test).length / values.length,
    verdict: (kind, reason, extra = {}) => ({ ...base, kind, reason, ...extra }),
  };
  if (column.cells.some((cell) => cell === '\u0000object'))
    return facts.verdict('other', 'nested objects, not a value per response');
  if (values.length === 0) return facts.verdict('empty', 'empty in every row');
  // In this order: who answered and what they said about themselves first (never a segment), then
  // the score, typed values (dates, languages, numbers), and last the kinds of text.
  return identityOf(facts) ?? scoreOf(facts) ?? typedOf(facts) ?? textOf(facts);
}

function identityOf({ folded, values, distinct, share, verdict }: ColumnFacts): ColumnVerdict | undefined {
  if (share(isEmailValue) >= 0.8 && distinct < values.length) {
    return verdict(
      'respondent',
      `e-mail addresses that repeat (${values.length - distinct} repeats): the same person answering again`,
    );
  }
  if (PERSONAL_CUE.test(folded) || share(isEmailValue) >= 0.5 || share(isIpValue) >= 0.8) {
    return verdict('personal', 'personal data (e-mail, name, IP, location or phone): left out on purpose, never a segment');
  }
  if (ID_CUE.test(folded) && distinct === values.length && !/\b(collector|survey|form|formulaire)\b/.test(folded)) {
    if (RESPONDENT_CUE.test(folded)) return verdict('respondent', `a customer identifier ("${quoteOf(values[0] as string)}")`);
    return verdict('id', `an identifier, unique in every row (${values.length} distinct values)`);
  }
  if (share((value) => categoryOfLabel(value) !== undefined) >= 0.9) {
    const labels = [...new Set(values)].slice(0, 3).join(', ');
    return verdict('category', `restates the category (${labels}): checked against the score, never a segment`);
  }
  return undefined;
}

function scoreOf({ folded, values, distinct, share, verdict }: ColumnFacts): ColumnVerdict | undefined {
  const scores = share(isScore);
  const cue = recommendationCue(folded);
  // A few bad cells under a score header ("neuf", 11) are still the score: nps validate points at them.
  if (!((scores >= 0.95 && (distinct >= 3 || cue.weight > 0)) || (scores >= 0.6 && cue.weight > 0))) return undefined;
  const words = cue.words.length > 0 ? `; the header says "${cue.words.join('", "')}"` : '; no recommendation wording';
  const bad = scores < 1 ? `; ${Math.round((1 - scores) * values.length)} other values, which nps validate will point at` : '';
  return verdict('score', `whole numbers from 0 to 10 in ${percent(scores)} of ${values.length} answers${words}${bad}`, {
    cueWeight: cue.weight,
  });
}

function typedOf({ folded, values, distinct, locale, share, verdict }: ColumnFacts): ColumnVerdict | undefined {
  const date = inferDateFormat(values, { locale });
  if (date?.kind === 'iso' || date?.kind === 'format') return verdict('date', date.reason, { date });
  if (date?.kind === 'unreadable-numbers') return verdict('other', date.reason, { date });
  const languages = share((value) => LANGUAGE_VALUE.test(value)) >= 0.9;
  if (languages && (LANGUAGE_CUE.test(folded) || share((value) => KNOWN_LANGUAGES.test(value)) >= 0.9)) {
    return verdict('language', `language codes (${[...new Set(values)].slice(0, 4).join(', ')})`);
  }
  const numeric = share((value) => NUMBER.test(value)) >= 0.95;
  if (numeric && WEIGHT_CUE.test(folded)) return verdict('weight', 'numbers under a weighting header');
  if (RESPONDENT_CUE.test(folded) && distinct < values.length) {
    return verdict('respondent', `a customer identifier that repeats (${values.length - distinct} repeats)`);
  }
  if (numeric && share(isScore) >= 0.95) {
    return verdict('other', 'whole numbers 0-10 but a single value or two, and no recommendation wording');
  }
  if (numeric) return verdict('other', 'numbers that are not 0-10 scores (a duration, a progress, a count)');
  if (distinct === 1)
    return verdict('other', `the same value "${quoteOf(values[0] as string)}" in every row: nothing to compare`);
  if (share((value) => /^(true|false|vrai|faux|yes|no|oui|non)$/i.test(value)) >= 0.95) {
    return verdict('other', "a yes/no flag (a tool's metadata, such as Finished): declare it as a segment by hand if it is one");
  }
  return undefined;
}

function textOf({ header, folded, values, distinct, share, verdict }: ColumnFacts): ColumnVerdict {
  const averageLength = values.reduce((sum, value) => sum + value.length, 0) / values.length;
  const maxLength = Math.max(...values.map((value) => value.length));
  const examples = [...new Set(values)].slice(0, 3).map(quoteOf).join(', ');
  const size = `${Math.round(averageLength)} characters on average, ${distinct} distinct answers`;
  if (COMMENT_CUE.test(folded) && distinct >= values.length * 0.5) {
    return verdict('text', `free text under a header that asks for it (why, comment, feedback; ${size})`);
  }
  const short = maxLength <= 60 && averageLength < 30;
  if (segmentCue(header) && short && !values.some((value) => value.includes('\n'))) {
    return verdict('segment', `short text under a header that names a group (${distinct} values: ${examples}...)`);
  }
  // A segment repeats: a value seen once per row is an answer, not a group to compare.
  const fewValues = distinct < values.length && distinct <= Math.min(40, Math.max(2, values.length * 0.6));
  if (fewValues && short) return verdict('segment', `short text with few distinct values (${distinct}: ${examples}...)`);
  if (share((value) => /\s/.test(value)) >= 0.5 && distinct >= values.length * 0.6) return verdict('text', `free text (${size})`);
  if (distinct === values.length && values.length >= 2)
    return verdict('other', 'distinct codes in every row, but no identifier header');
  return verdict('other', `text of ${distinct} distinct values, neither free text nor a short list`);
}

function isScore(value: string): boolean {
  return /^\d{1,2}$/.test(value) && Number(value) <= 10;
}

function quoteOf(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}...` : value;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
