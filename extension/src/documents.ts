import type { CsvDocumentState, DocumentKind, Issue, NpsResponse, TextChange } from '@nps-pages/core';
import type * as vscode from 'vscode';
import { type DataFolder, dataPathOfUri, shownPath } from './data-folder.ts';
import { engine } from './engine-loader.ts';
import type { PendingValidation } from './validation-delay.ts';

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
  /** How this result was computed. */
  run: ValidationRun;
}

/** How a validation went: for the debounce of the next edit (validation-delay.ts), the benchmark and the tests. */
export interface ValidationRun {
  milliseconds: number;
  /** Spliced by core's incremental CSV path. */
  incremental: boolean;
  /** Edits were pending and took the full pass. */
  editFellBack: boolean;
  /** When the first change it answers arrived (performance.now()); undefined when it answers none (an open, a reload). */
  changedAt: number | undefined;
}

export class DocumentValidations {
  private readonly results = new Map<string, DocumentResult>();
  /** Changes received since the last validation: a list while each event was one plain change, 'full' otherwise. */
  private readonly pending = new Map<string, { changes: TextChange[] | 'full'; since: number }>();

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
    return path === undefined ? undefined : engine().documentKindOf(path, this.data.reading.config);
  }

  recordChange(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    const entry = this.pending.get(key) ?? { changes: [], since: performance.now() };
    this.pending.set(key, entry);
    if (entry.changes === 'full' || event.contentChanges.length !== 1) {
      entry.changes = 'full';
      return;
    }
    const change = event.contentChanges[0] as vscode.TextDocumentContentChangeEvent;
    entry.changes.push({ offset: change.rangeOffset, length: change.rangeLength, text: change.text });
  }

  /** What the next validation of the document will have to do: what the debounce is chosen from. */
  pendingValidation(document: vscode.TextDocument): PendingValidation {
    const key = document.uri.toString();
    const result = this.results.get(key);
    return {
      changes: this.pending.get(key)?.changes ?? 'full',
      csv: result?.csv,
      lastEditFellBack: result?.run.editFellBack ?? false,
      // The text's length without copying it: the last line's end offset.
      textLength: document.offsetAt(document.lineAt(document.lineCount - 1).range.end),
      isConfig: (result?.kind ?? this.kindOf(document.uri))?.kind === 'config',
    };
  }

  /** Whether the document's result is of its current text (no change pending since). */
  isCurrent(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    return this.results.get(key)?.version === document.version && !this.pending.has(key);
  }

  /** Validates the document (incrementally when it can) and returns the result; undefined when it is none of ours. */
  validate(document: vscode.TextDocument): DocumentResult | undefined {
    const key = document.uri.toString();
    const pending = this.pending.get(key);
    const changes = pending?.changes;
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
    const edits = Array.isArray(changes) && changes.length > 0 ? changes : undefined;
    let computed: Omit<DocumentResult, 'run'> | undefined;
    let incremental = false;
    if (previous?.csv && edits) {
      let state = previous.csv;
      incremental = true;
      for (const change of edits) {
        const step = engine().applyCsvChange(state, change);
        state = step.state;
        incremental &&= step.incremental;
      }
      // A safety net: if the changes did not rebuild the editor's text exactly, validate the text itself.
      if (state.input.text === text) {
        computed = { ...previous, version: document.version, issues: state.issues, responses: state.responses, csv: state };
      }
    }
    if (!computed) {
      incremental = false;
      const file = shownPath(data.workspace, document.uri);
      const path = dataPathOfUri(data, document.uri) ?? file;
      const validation = engine().validateDocument({ kind, file, path, text, config: data.reading.config });
      computed = {
        uri: document.uri,
        version: document.version,
        kind,
        file,
        issues: validation.issues,
        responses: validation.responses,
      };
      if (validation.csv) computed.csv = validation.csv;
    }
    const run = {
      milliseconds: performance.now() - started,
      incremental,
      editFellBack: edits !== undefined && !incremental,
      changedAt: pending?.since,
    };
    // Text the editor decoded with the wrong encoding: said on every validation, spliced or whole.
    const decoding = engine().replacementCharacterIssue(computed.file, text);
    if (decoding) computed = { ...computed, issues: [decoding, ...computed.issues.filter((issue) => issue.code !== 'NPS013')] };
    const result: DocumentResult = { ...computed, run };
    this.results.set(key, result);
    return result;
  }

  forget(uri: vscode.Uri): void {
    this.results.delete(uri.toString());
    this.pending.delete(uri.toString());
  }
}
