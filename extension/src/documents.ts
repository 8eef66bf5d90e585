import type { Issue, NpsResponse } from '@nps-pages/core';
import {
  applyCsvChange,
  type CsvDocumentState,
  type DocumentKind,
  documentKindOf,
  type TextChange,
  validateDocument,
} from '@nps-pages/core';
import type * as vscode from 'vscode';
import { type DataFolder, dataPathOfUri, shownPath } from './data-folder.ts';

/**
 * The validation of each open document of the data folder, kept per document and refreshed as the
 * user types: CSV edits go through core's row splice (csv-document.ts), everything else is validated
 * in full. The result is what `nps validate <file>` reports for the same text.
 */
export interface DocumentResult {
  uri: vscode.Uri;
  version: number;
  kind: DocumentKind;
  /** The file as shown in issues (data/magasins/avis.csv). */
  file: string;
  issues: readonly Issue[];
  responses: readonly NpsResponse[];
  csv?: CsvDocumentState;
}

/** One validation, for the benchmark and the integration tests: how long it took, and whether it was a splice. */
export interface ValidationTiming {
  uri: string;
  milliseconds: number;
  incremental: boolean;
  issues: number;
}

export class DocumentValidations {
  private readonly results = new Map<string, DocumentResult>();
  /** Changes received since the last validation: a list while each event was one plain change, 'full' otherwise. */
  private readonly pending = new Map<string, TextChange[] | 'full'>();
  readonly timings: ValidationTiming[] = [];

  private data: DataFolder | undefined;

  constructor(data: DataFolder | undefined) {
    this.data = data;
  }

  setDataFolder(data: DataFolder | undefined): void {
    this.data = data;
    this.results.clear();
    this.pending.clear();
  }

  get(uri: vscode.Uri): DocumentResult | undefined {
    return this.results.get(uri.toString());
  }

  all(): DocumentResult[] {
    return [...this.results.values()];
  }

  /** The kind of a document, or undefined when it is not a file of the data folder that core reads. */
  kindOf(uri: vscode.Uri): DocumentKind | undefined {
    if (!this.data) return undefined;
    const path = dataPathOfUri(this.data, uri);
    return path === undefined ? undefined : documentKindOf(path, this.data.reading.config);
  }

  recordChange(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    const list = this.pending.get(key) ?? [];
    if (list === 'full' || event.contentChanges.length !== 1) {
      this.pending.set(key, 'full');
      return;
    }
    const change = event.contentChanges[0] as vscode.TextDocumentContentChangeEvent;
    list.push({ offset: change.rangeOffset, length: change.rangeLength, text: change.text });
    this.pending.set(key, list);
  }

  /** Validates the document (incrementally when it can) and returns the result; undefined when it is none of ours. */
  validate(document: vscode.TextDocument): DocumentResult | undefined {
    const key = document.uri.toString();
    const changes = this.pending.get(key);
    this.pending.delete(key);
    const data = this.data;
    const kind = this.kindOf(document.uri);
    if (!data || !kind) {
      this.results.delete(key);
      return undefined;
    }
    const previous = this.results.get(key);
    const started = performance.now();
    const text = document.getText();
    let result: DocumentResult | undefined;
    let incremental = false;
    if (previous?.csv && Array.isArray(changes) && changes.length > 0) {
      let state = previous.csv;
      incremental = true;
      for (const change of changes) {
        const step = applyCsvChange(state, change);
        state = step.state;
        incremental &&= step.incremental;
      }
      // A safety net: if the changes did not rebuild the editor's text exactly, validate the text itself.
      if (state.input.text === text) {
        result = { ...previous, version: document.version, issues: state.issues, responses: state.responses, csv: state };
      }
    }
    if (!result) {
      incremental = false;
      const file = shownPath(data.workspace, document.uri);
      const path = dataPathOfUri(data, document.uri) ?? file;
      const validation = validateDocument({ kind, file, path, text, config: data.reading.config });
      result = {
        uri: document.uri,
        version: document.version,
        kind,
        file,
        issues: validation.issues,
        responses: validation.responses,
      };
      if (validation.csv) result.csv = validation.csv;
    }
    this.results.set(key, result);
    this.timings.push({ uri: key, milliseconds: performance.now() - started, incremental, issues: result.issues.length });
    if (this.timings.length > 200) this.timings.splice(0, this.timings.length - 200);
    return result;
  }

  forget(uri: vscode.Uri): void {
    this.results.delete(uri.toString());
    this.pending.delete(uri.toString());
  }
}
