import * as vscode from 'vscode';
import { createKeyedDebouncer } from './debounce.ts';
import { engine } from './engine-loader.ts';
import { localeOf } from './locale.ts';
import { COMMANDS } from './providers.ts';
import type { Session } from './session.ts';

/**
 * How long updates must pause before the whole data set's figures are recomputed: that re-reads
 * every file of the data folder (200 ms and more with a 100k-row file open), which must not run
 * after each validation while the user types or opens files.
 */
export const DATA_SET_REFRESH_DELAY_MS = 500;

/**
 * The status bar item: the NPS and n of the active response file, or of the whole data set when no
 * response file is active; the split and interval in the tooltip; a click opens the preview.
 * Hidden when the workspace has no data folder.
 */
export class NpsStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('npsPages.status', vscode.StatusBarAlignment.Left, 50);
  private readonly session: Session;
  private readonly disposables: vscode.Disposable[];
  /** Incremented per refresh, so a slow whole-data-set reading never overwrites a newer file figure. */
  private generation = 0;
  private readonly refresher = createKeyedDebouncer(0);

  constructor(session: Session) {
    this.session = session;
    this.item.name = 'NPS Pages';
    this.item.command = COMMANDS.openPreview;
    this.disposables = [
      this.item,
      session.onDidUpdate(() => this.scheduleRefresh()),
      vscode.window.onDidChangeActiveTextEditor(() => this.scheduleRefresh()),
      { dispose: () => this.refresher.dispose() },
    ];
  }

  /**
   * Refreshes in a later task, never in the one that published diagnostics: VS Code sends them to
   * the window when that task ends, so summarising 100k responses there would delay them.
   */
  private scheduleRefresh(): void {
    const active = vscode.window.activeTextEditor?.document;
    const showsFile = active !== undefined && this.session.documents.get(active.uri)?.kind.kind === 'responses';
    this.refresher.schedule('refresh', () => void this.refresh(), showsFile ? 0 : DATA_SET_REFRESH_DELAY_MS);
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const config = this.session.data?.reading.config;
    if (!config) {
      this.item.hide();
      return;
    }
    // A config was read: the engine is loaded.
    const { summarizeResponses, statusBarText, statusBarTooltip } = engine();
    const locale = localeOf(this.session);
    const active = vscode.window.activeTextEditor?.document;
    const result = active ? this.session.documents.get(active.uri) : undefined;
    if (result?.kind.kind === 'responses') {
      const summary = summarizeResponses(result.responses, config);
      this.show(statusBarText(summary, locale), statusBarTooltip(summary, locale, { file: result.file }));
      return;
    }
    const reading = await this.session.dataSet();
    if (!reading || generation !== this.generation) return;
    const summary = summarizeResponses(reading.responses, config);
    this.show(statusBarText(summary, locale), statusBarTooltip(summary, locale, {}));
  }

  private show(text: string, tooltip: string): void {
    this.item.text = `$(graph) ${text}`;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
