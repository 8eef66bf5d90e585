import { defineIssue, quoted } from './entry.ts';

/** What is wrong with an edition's frozen data (NPS402). */
export type FrozenDataProblem =
  | { kind: 'not-json'; reason: string }
  | { kind: 'no-array'; key: string }
  | { kind: 'not-an-object'; record: number }
  | { kind: 'edited'; record: number; hashMissing: boolean; characters: number }
  | { kind: 'file-hash' }
  | { kind: 'invalid-response'; record: number; reason: string | undefined }
  | { kind: 'invalid-action'; record: number }
  | { kind: 'row-count'; found: number; frozen: number };

/** Report editions (data/editions/<id>/ and data/editions/<id>.md): NPS40x. Records count from 1. */
export const EDITION_ISSUES = {
  NPS401: defineIssue({
    name: 'edition-manifest-invalid',
    severity: 'error',
    hint: 'The manifest is written by `nps release`: restore it from git, or release the edition again with --force if it is a draft.',
    message: (
      v:
        | { kind: 'not-json'; reason: string }
        | { kind: 'schema'; path: string; problem: string }
        | { kind: 'other-edition'; manifestId: string; folderId: string },
    ) => {
      switch (v.kind) {
        case 'not-json':
          return `the manifest is not valid JSON: ${v.reason}`;
        case 'schema':
          return `${v.path || 'manifest'}: ${v.problem}`;
        case 'other-edition':
          return `the manifest is for edition ${quoted(v.manifestId)}, not ${quoted(v.folderId)}`;
      }
    },
  }),
  NPS402: defineIssue({
    name: 'edition-data-modified',
    severity: 'error',
    hint: 'A frozen edition never changes: restore data/editions/<id>/ from git, or release the draft again with --force.',
    message: (v: FrozenDataProblem) => {
      switch (v.kind) {
        case 'not-json':
          return `the frozen file is not valid JSON (${v.reason})`;
        case 'no-array':
          return `the frozen file has no ${quoted(v.key)} array`;
        case 'not-an-object':
          return `record ${v.record} is not an object`;
        case 'edited':
          return `record ${v.record} of the frozen edition was edited after the release: ${v.hashMissing ? 'its hash "h" is missing' : 'its content no longer matches its hash'} (${v.characters} characters)`;
        case 'file-hash':
          return 'the frozen file differs from the SHA-256 in the manifest (edited, reordered or reformatted)';
        case 'invalid-response':
          return `record ${v.record} is not a valid response: ${v.reason}`;
        case 'invalid-action':
          return `record ${v.record} is not a valid action`;
        case 'row-count':
          return `${v.found} records, but the manifest froze ${v.frozen}`;
      }
    },
  }),
  NPS403: defineIssue({
    name: 'edition-overlap',
    severity: 'error',
    hint: 'Change the period, or set editions.allowOverlap: true in nps.config.yaml if overlapping editions are intended.',
    message: (v: { cadence: string; edition: Dated; published: Dated }) =>
      `the ${v.cadence} edition ${quoted(v.edition.id)} (${v.edition.from} – ${v.edition.to}) overlaps the published edition ${quoted(v.published.id)} (${v.published.from} – ${v.published.to})`,
  }),
  NPS404: defineIssue({
    name: 'edition-narrative-missing',
    severity: 'warning',
    hint: 'Write data/editions/<id>.md: `nps release` creates a template when it is missing.',
    message: (v: { id: string; narrativeFile: string }) => `edition ${quoted(v.id)} has no narrative ${v.narrativeFile}`,
  }),
  NPS405: defineIssue({
    name: 'edition-data-missing',
    severity: 'error',
    hint: 'Freeze the period with `nps release <id> --from DATE --to DATE`, or restore data/editions/<id>/ from git.',
    message: (v: { kind: 'no-manifest'; id: string; manifestFile: string } | { kind: 'no-file'; file: string }) =>
      v.kind === 'no-manifest'
        ? `edition ${quoted(v.id)} has no frozen data (${v.manifestFile} is missing)`
        : `${v.file} is missing`,
  }),
  NPS406: defineIssue({
    name: 'edition-period-mismatch',
    severity: 'error',
    hint: 'Write the period the edition froze (its manifest.json): a period key such as 2026-Q3 for a whole week, month, quarter or year, else its two dates, 2026-08-01/2026-10-31.',
    message: (v: { written: string; from: string; to: string; expected: string }) =>
      `the narrative says period ${quoted(v.written)}, but the edition froze ${v.from} to ${v.to} (${quoted(v.expected)})`,
  }),
};

interface Dated {
  id: string;
  from: string;
  to: string;
}
