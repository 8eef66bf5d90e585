import * as vscode from 'vscode';
import { type DataFolder, findDataFolder } from './data-folder.ts';
import { type DataSetReading, readWholeDataSet } from './data-set.ts';
import { createKeyedDebouncer } from './debounce.ts';
import { publish } from './diagnostics.ts';
import { type DocumentResult, DocumentValidations } from './documents.ts';
import { engine } from './engine-loader.ts';
import { VALIDATION_DELAY_MS, validationDelay } from './validation-delay.ts';

/** One validation as the user sees it, for the benchmark and the integration tests. */
export interface ValidationTiming {
  uri: string;
  /** The validation itself (getText and core). */
  milliseconds: number;
  /** Whether core spliced the edited row instead of a full pass. */
  incremental: boolean;
  issues: number;
  /** When the event it answers reached the extension: the open, or the first change since the last validation (performance.now()). */
  receivedAt: number;
  /** When its diagnostics were handed to VS Code (performance.now()). */
  publishedAt: number;
}

/**
 * The extension's state: the data folder and its config, the validation of each open document,
 * the diagnostics, and the last reading of the whole data set. Providers read it; it fires
 * `onDidUpdate` whenever what they show may have changed.
 */
export class Session implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('nps');
  readonly documents = new DocumentValidations(undefined);
  private readonly debouncer = createKeyedDebouncer(VALIDATION_DELAY_MS);
  private readonly updated = new vscode.EventEmitter<vscode.Uri | undefined>();
  readonly onDidUpdate = this.updated.event;
  data: DataFolder | undefined;
  private wholeDataSet: Promise<DataSetReading> | undefined;
  /** What the config said at the last reload, to reload only when an edit changes it. */
  private configText: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** The last 200 validations. */
  readonly timings: ValidationTiming[] = [];

  constructor() {
    this.disposables.push(
      this.diagnostics,
      this.updated,
      vscode.workspace.onDidOpenTextDocument((document) => this.validateNow(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.onChange(event)),
      vscode.workspace.onDidCloseTextDocument((document) => this.onClose(document.uri)),
      // Closing a tab does not close its document (VS Code keeps it for a while, and the close event
      // may come much later): a file whose last tab closed is closed for the user, so clear it then.
      // Opening a tab again may not open the document again (it is still loaded): validate it then.
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        for (const tab of event.closed) {
          const uri = textUriOf(tab);
          if (uri && !isShownInATab(uri)) this.onClose(uri);
        }
        for (const tab of event.opened) {
          const key = textUriOf(tab)?.toString();
          const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === key);
          // Opening a document in an editor fires both events: validate once (200 ms for 100k rows), not twice.
          if (document && !this.documents.isCurrent(document)) this.validateNow(document);
        }
      }),
      vscode.workspace.onDidSaveTextDocument(() => this.invalidateDataSet()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('npsPages.dataFolder')) void this.reload();
      }),
    );
  }

  /** Finds the data folder, reads its config, and validates every open document. */
  async reload(): Promise<void> {
    this.data = await findDataFolder();
    this.documents.setDataFolder(this.data);
    this.diagnostics.clear();
    this.invalidateDataSet();
    this.configText = this.data?.configText;
    if (this.data) publish(this.diagnostics, this.data.configUri, this.data.reading.issues);
    for (const document of vscode.workspace.textDocuments) this.validateNow(document);
    this.updated.fire(undefined);
  }

  validateNow(document: vscode.TextDocument): DocumentResult | undefined {
    const receivedAt = performance.now();
    this.debouncer.cancel(document.uri.toString());
    const result = this.documents.validate(document);
    if (result) {
      publish(this.diagnostics, document.uri, result.issues);
      this.recordTiming(result, result.run.changedAt ?? receivedAt);
      if (result.kind.kind === 'config') {
        // The config drives every other file: when what it says changed, read it again and revalidate them all.
        if (document.getText() !== this.configText) void this.reload();
        return result;
      }
      this.invalidateDataSet();
      this.updated.fire(document.uri);
    }
    return result;
  }

  private onChange(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0 || !this.documents.kindOf(event.document.uri)) return;
    this.documents.recordChange(event);
    const delay = validationDelay(this.documents.pendingValidation(event.document), engine().isPlainRowEdit);
    this.debouncer.schedule(event.document.uri.toString(), () => this.validateNow(event.document), delay);
  }

  private recordTiming(result: DocumentResult, receivedAt: number): void {
    const { milliseconds, incremental } = result.run;
    const uri = result.uri.toString();
    this.timings.push({
      uri,
      milliseconds,
      incremental,
      issues: result.issues.length,
      receivedAt,
      publishedAt: performance.now(),
    });
    if (this.timings.length > 200) this.timings.splice(0, this.timings.length - 200);
  }

  private onClose(uri: vscode.Uri): void {
    this.debouncer.cancel(uri.toString());
    this.documents.forget(uri);
    this.diagnostics.delete(uri);
    this.updated.fire(uri);
  }

  /** The whole data set, read once and kept until a data file changes. */
  dataSet(): Promise<DataSetReading> | undefined {
    if (!this.data) return undefined;
    this.wholeDataSet ??= readWholeDataSet(this.data);
    return this.wholeDataSet;
  }

  private invalidateDataSet(): void {
    this.wholeDataSet = undefined;
  }

  /** "Validate All Data": every file's issues in the Problems panel; returns the counts. */
  async validateAll(): Promise<DataSetReading | undefined> {
    if (!this.data) await this.reload();
    const data = this.data;
    if (!data) return undefined;
    this.invalidateDataSet();
    const reading = await (this.dataSet() as Promise<DataSetReading>);
    this.diagnostics.clear();
    for (const [file, issues] of reading.issuesByFile) {
      publish(this.diagnostics, vscode.Uri.joinPath(data.workspace.uri, ...file.split('/')), issues);
    }
    // Open documents keep their own (unsaved) validation, which the reading above already used.
    for (const result of this.documents.all()) publish(this.diagnostics, result.uri, result.issues);
    this.updated.fire(undefined);
    return reading;
  }

  dispose(): void {
    this.debouncer.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function textUriOf(tab: vscode.Tab): vscode.Uri | undefined {
  return tab.input instanceof vscode.TabInputText ? tab.input.uri : undefined;
}

function isShownInATab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => textUriOf(tab)?.toString() === key));
}
