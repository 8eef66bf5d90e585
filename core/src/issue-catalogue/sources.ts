import { defineIssue, quoted } from './entry.ts';

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/** The structure of response files: CSV (NPS10x), JSON (NPS15x), workbooks (NPS16x). */
export const SOURCE_ISSUES = {
  NPS101: defineIssue({
    name: 'csv-unterminated-quote',
    severity: 'error',
    hint: 'Close the quoted field, or double the quote ("") to write a quote inside it.',
    message: (_: Record<never, never>) => 'this quote opens a field that is never closed',
  }),
  NPS102: defineIssue({
    name: 'csv-field-count',
    severity: 'error',
    hint: 'Every row needs as many fields as the header: quote fields that contain the delimiter.',
    message: (v: { fields: number; headerFields: number }) =>
      `this row has ${count(v.fields, 'field')} but the header has ${count(v.headerFields, 'field')}`,
  }),
  NPS103: defineIssue({
    name: 'missing-column',
    severity: 'error',
    hint: "Add the column, or map its header in the source's columns.",
    message: (v: { header: string; field: string; near?: string | undefined; columns: readonly string[]; more: number }) => {
      const listed = v.columns.map(quoted);
      if (v.more > 0) listed.push(`and ${v.more} more`);
      const suggestion = v.near === undefined ? '' : `; did you mean ${quoted(v.near)}?`;
      return `the header row has no column ${quoted(v.header)} for the ${v.field}${suggestion} (columns: ${listed.join(', ')})`;
    },
  }),
  NPS104: defineIssue({
    name: 'no-responses',
    severity: 'warning',
    hint: 'The file holds no response rows.',
    message: (v: { empty: 'no-header' | 'header-only' | 'empty-array' }) =>
      v.empty === 'no-header'
        ? 'the file has no header row and no responses'
        : v.empty === 'header-only'
          ? 'the file has a header but no responses'
          : 'the array of responses is empty',
  }),
  NPS105: defineIssue({
    name: 'csv-duplicate-header',
    severity: 'error',
    hint: 'Rename one of the columns, or map one of them explicitly.',
    message: (v: { header: string; times: number; field: string }) =>
      `the column ${quoted(v.header)} appears ${v.times} times: which one is the ${v.field}?`,
  }),
  NPS106: defineIssue({
    name: 'csv-stray-quote',
    severity: 'error',
    hint: 'Quote the whole field and double the quotes inside it ("").',
    message: (_: Record<never, never>) => 'text after the closing quote of a field',
  }),
  NPS150: defineIssue({
    name: 'json-syntax',
    severity: 'error',
    hint: 'Fix the JSON syntax at this position.',
    /** The parser's diagnosis of the syntax error, e.g. "a comma is expected". */
    message: (v: { problem: string }) => v.problem,
  }),
  NPS151: defineIssue({
    name: 'json-shape',
    severity: 'error',
    hint: 'Use an array of response objects, or an object holding one such array.',
    message: (v: { arrayPath?: string | undefined }) =>
      `${v.arrayPath ? `no array at ${quoted(v.arrayPath)}` : 'no array of responses found'}: expected an array of objects, or an object holding one`,
  }),
  NPS152: defineIssue({
    name: 'json-not-a-record',
    severity: 'error',
    hint: 'Each response must be an object such as { "date": "2026-01-31", "score": 9 }.',
    message: (v: { found: 'array' | 'null' | 'string' | 'number' | 'boolean' }) =>
      `a response must be an object, not ${v.found === 'array' ? 'an array' : v.found === 'null' ? 'null' : `a ${v.found}`}`,
  }),
  NPS160: defineIssue({
    name: 'workbook-unreadable',
    severity: 'error',
    hint: 'Save the file again as an Excel workbook (.xlsx).',
    message: (
      v:
        | { kind: 'legacy-or-protected' }
        | { kind: 'not-a-zip' }
        | { kind: 'not-a-workbook'; lookalike?: 'Word' | 'PowerPoint' | 'OpenDocument' | undefined }
        | { kind: 'damaged'; why: string }
        | { kind: 'open-as-text' },
    ) => {
      switch (v.kind) {
        case 'legacy-or-protected':
          return 'this file is an Excel 97-2003 workbook (.xls) or a password-protected one: save it as .xlsx, without a password';
        case 'not-a-zip':
          return 'this file is not an Excel workbook (.xlsx): it is not a zip archive';
        case 'not-a-workbook': {
          const looks =
            v.lookalike === 'OpenDocument'
              ? ' (it looks like an OpenDocument file: save it as .xlsx)'
              : v.lookalike
                ? ` (it looks like a ${v.lookalike} ${v.lookalike === 'Word' ? 'document' : 'file'})`
                : '';
          return `this zip archive is not an Excel workbook (.xlsx): it holds no workbook part${looks}`;
        }
        case 'damaged':
          return `this workbook cannot be read: it is damaged (${v.why})`;
        case 'open-as-text':
          return 'a workbook open as text cannot be read: close it and validate again';
      }
    },
  }),
  NPS161: defineIssue({
    name: 'workbook-no-sheet',
    severity: 'error',
    hint: "Check the source's sheet: a sheet name or a 1-based index.",
    message: (v: { wanted?: string | number | undefined; sheets: readonly string[] }) => {
      const listed = v.sheets.map(quoted).join(', ');
      if (v.sheets.length === 0 || v.wanted === undefined) return 'the workbook has no sheet';
      if (typeof v.wanted === 'number')
        return `the workbook has no sheet ${v.wanted}: it has ${count(v.sheets.length, 'sheet')} (${listed})`;
      return `the workbook has no sheet ${quoted(v.wanted)} (sheets: ${listed})`;
    },
  }),
};
