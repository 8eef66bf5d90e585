import { statusBarText, statusBarTooltip } from '@nps-pages/core';
import * as vscode from 'vscode';
import { localeOf } from './locale.ts';
import { COMMANDS } from './providers.ts';
import type { Session } from './session.ts';
import { summarizeResponses } from './summarize-responses.ts';

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

  constructor(session: Session) {
    this.session = session;
    this.item.name = 'NPS Pages';
    this.item.command = COMMANDS.openPreview;
    this.disposables = [
      this.item,
      session.onDidUpdate(() => void this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
    ];
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const config = this.session.data?.reading.config;
    if (!config) {
      this.item.hide();
      return;
    }
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
