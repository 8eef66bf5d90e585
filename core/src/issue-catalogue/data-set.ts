import { defineIssue, quoted, type UnknownKey, unknownKeyMessage } from './entry.ts';

/** Configuration (data/nps.config.yaml), the data folder's files and their encodings: NPS0xx. */
export const DATA_SET_ISSUES = {
  NPS001: defineIssue({
    name: 'config-syntax',
    severity: 'error',
    hint: 'Fix the YAML syntax at this position.',
    message: (v: { yamlError: string }) => v.yamlError,
  }),
  NPS002: defineIssue({
    name: 'config-invalid',
    severity: 'error',
    hint: 'Write a value of the kind the message names; core/schema/nps.config.schema.json describes every key.',
    message: (
      v:
        | { kind: 'schema'; explanation: string }
        | { kind: 'date-format'; format: string; problem: string }
        | { kind: 'undeclared-field'; field: string; expected: string }
        | { kind: 'segment-twice'; field: string }
        | { kind: 'theme-twice'; id: string },
    ) => {
      switch (v.kind) {
        case 'schema':
          return v.explanation;
        case 'date-format':
          return `dateFormat ${quoted(v.format)} ${v.problem}`;
        case 'undeclared-field':
          return `${quoted(v.field)} is not ${v.expected} (declare it under segments)`;
        case 'segment-twice':
          return `the segment ${quoted(v.field)} is declared twice`;
        case 'theme-twice':
          return `the theme id ${quoted(v.id)} is used twice`;
      }
    },
  }),
  NPS003: defineIssue({
    name: 'config-unknown-key',
    severity: 'error',
    hint: 'Fix the spelling (the message names the nearest key) or remove the key.',
    message: (v: UnknownKey) => unknownKeyMessage(v),
  }),
  NPS004: defineIssue({
    name: 'config-missing',
    severity: 'error',
    hint: 'Create data/nps.config.yaml or point --data at the folder holding it.',
    message: (v: { configFile: string; folder: string }) => `no ${v.configFile} in ${v.folder}`,
  }),
  NPS005: defineIssue({
    name: 'source-no-files',
    severity: 'error',
    hint: 'Check the path or pattern of this source.',
    message: (v: { pattern: string }) => `no file matches ${quoted(v.pattern)}`,
  }),
  NPS006: defineIssue({
    name: 'config-bad-pattern',
    severity: 'error',
    hint: 'Fix the regular expression of this theme rule.',
    message: (v: { reason: string }) => `invalid regular expression: ${v.reason}`,
  }),
  NPS007: defineIssue({
    name: 'file-unreadable',
    severity: 'error',
    hint: 'Check that the file exists and is UTF-8 text.',
    message: (v: { reason: string }) => `cannot read the file: ${v.reason}`,
  }),
  NPS008: defineIssue({
    name: 'file-unknown-format',
    severity: 'error',
    hint: 'Use a .csv, .tsv, .txt, .json or .xlsx file, or set the format of the source.',
    message: (v: { path: string }) => `cannot tell the format of ${quoted(v.path)}`,
  }),
  NPS009: defineIssue({
    name: 'config-empty-keyword',
    severity: 'warning',
    hint: 'Write a word or phrase: a keyword made only of * or spaces matches nothing.',
    message: (v: { keyword: string }) => `the keyword ${quoted(v.keyword)} matches nothing`,
  }),
  NPS010: defineIssue({
    name: 'file-unread',
    severity: 'warning',
    hint: "Add a source whose path matches this file, or list it under the config's ignore.",
    message: (v: { nearest?: { source: string; pattern: string } | undefined }) =>
      `no source reads this file${v.nearest ? `; the source ${quoted(v.nearest.source)} reads ${quoted(v.nearest.pattern)}` : ''}`,
  }),
  NPS011: defineIssue({
    name: 'encoding-guessed',
    severity: 'warning',
    hint: "The file is not UTF-8: save it as UTF-8, or set the source's encoding to say which one it is.",
    message: (
      v:
        | { guess: 'utf-16-without-bom'; encoding: string }
        | { guess: 'windows-1252'; byte: string; line: number; column: number },
    ) =>
      v.guess === 'utf-16-without-bom'
        ? `no BOM, but the bytes are ${v.encoding}: read as ${v.encoding}`
        : `not UTF-8 (byte 0x${v.byte} at line ${v.line}, column ${v.column}): read as Windows-1252`,
  }),
  NPS012: defineIssue({
    name: 'encoding-invalid',
    severity: 'error',
    hint: "These bytes are not valid in the file's encoding: save the file as UTF-8, or set the source's encoding.",
    message: (v: { encoding: string; byte?: string | undefined }) =>
      `invalid ${v.encoding}${v.byte === undefined ? '' : ` (byte 0x${v.byte})`}: the file is not entirely ${v.encoding}`,
  }),
  NPS013: defineIssue({
    name: 'editor-replacement-character',
    severity: 'warning',
    hint: 'The editor decoded this file with the wrong encoding: reopen it with the right one (Reopen with Encoding) before saving.',
    message: (v: { count: number }) =>
      `${v.count === 1 ? 'a character' : `${v.count} characters`} could not be decoded (shown as \uFFFD): the file is not in the encoding the editor used; reopen it with the right encoding (probably Windows-1252) before saving`,
  }),
};
