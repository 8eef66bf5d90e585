import { actionContextOf, parseAction } from '../actions.ts';
import { compareIssues, type Issue, issueAt } from '../issues.ts';
import type { ConfigReading } from '../parse/config.ts';
import { parseConfig } from '../parse/config.ts';
import { parseFrontMatter } from '../parse/front-matter.ts';
import { IdRegistry } from '../parse/id-registry.ts';
import { parseJsonResponses } from '../parse/json.ts';
import type { NpsConfig } from '../schema/config.ts';
import { editionFrontMatterSchema } from '../schema/edition.ts';
import type { NpsResponse } from '../schema/response.ts';
import { type CsvDocumentState, parseCsvDocument } from './csv-document.ts';
import type { DocumentKind } from './document-kind.ts';

/**
 * One open file validated as `nps validate <file>` validates it: the same reader per kind, the same
 * codes, messages and spans. Ids are checked within the file (as the CLI does for a named file);
 * duplicates across files are the job of "Validate All Data", which reads the whole data set.
 */
export interface DocumentValidationInput {
  kind: DocumentKind;
  /** The file as shown in issues (data/magasins/avis.csv): what the CLI prints, run from the workspace root. */
  file: string;
  /** The path relative to the data folder (what the CLI's messages about a file's format name). */
  path: string;
  text: string;
  /** The data folder's config, when it is valid (response files and action references need it). */
  config: NpsConfig | undefined;
}

export interface DocumentValidation {
  issues: Issue[];
  /** The valid responses of a response file; empty for other kinds. */
  responses: readonly NpsResponse[];
  /** For a CSV file: the state an edit can be applied to (see csv-document.ts). */
  csv?: CsvDocumentState;
  /** For the config file: its reading (the extension reuses it for every other file). */
  configReading?: ConfigReading;
}

export function validateDocument(input: DocumentValidationInput): DocumentValidation {
  const { kind, file, text, config } = input;
  switch (kind.kind) {
    case 'config': {
      const reading = parseConfig(file, text);
      return { issues: reading.issues.sort(compareIssues), responses: [], configReading: reading };
    }
    case 'action': {
      return { issues: parseAction({ file, text }, actionContextOf(config)).issues, responses: [] };
    }
    case 'edition':
      return { issues: parseFrontMatter(file, text, editionFrontMatterSchema).issues, responses: [] };
    case 'responses': {
      if (!config) return { issues: [], responses: [] };
      const start = { line: 1, column: 1, endLine: 1, endColumn: 1 };
      if (kind.format === undefined) {
        return { issues: [issueAt(file, start, 'NPS008', { path: input.path })], responses: [] };
      }
      // A workbook is binary: the editor never holds it as text; the whole data set's reading lists its issues.
      if (kind.format === 'xlsx') return { issues: [], responses: [] };
      if (kind.format === 'csv') {
        const csv = parseCsvDocument({ file, source: kind.source, config, text });
        return { issues: [...csv.issues], responses: csv.responses, csv };
      }
      const issues: Issue[] = [];
      const responses: NpsResponse[] = [];
      parseJsonResponses(text, {
        file,
        source: kind.source,
        config,
        ids: new IdRegistry(),
        onResponse: (response) => void responses.push(response),
        onIssue: (issue) => void issues.push(issue),
      });
      return { issues: issues.sort(compareIssues), responses };
    }
  }
}
