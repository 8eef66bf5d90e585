import * as vscode from 'vscode';
import { registerCommands } from './commands.ts';
import type { ValidationTiming } from './documents.ts';
import type { ToWebview } from './preview/messages.ts';
import { PreviewPanel } from './preview/panel.ts';
import { QuickFixProvider, ResponseHoverProvider, SummaryCodeLensProvider } from './providers.ts';
import { Session } from './session.ts';
import { NpsStatusBar } from './status-bar.ts';

/**
 * What activate() returns: for the integration tests and the benchmark, which read what the user
 * would see (the status bar text, what the preview received) and how long validations took.
 */
export interface NpsPagesApi {
  ready: Promise<void>;
  statusBarText(): string;
  statusBarTooltip(): string;
  previewMessages(): readonly ToWebview[];
  timings(): readonly ValidationTiming[];
  /** Milliseconds from the bundle's first line to the end of activate() (null when run unbundled). */
  activationMs: number | null;
}

/** Registers everything and pushes every disposable to the context; the work happens in Session. */
export function activate(context: vscode.ExtensionContext): NpsPagesApi {
  const session = new Session();
  const statusBar = new NpsStatusBar(session);
  // Every scheme (file, vscode-vfs on github.dev, vscode-remote...): the providers answer only for files of the data folder.
  const selector: vscode.DocumentSelector = { pattern: '**' };
  context.subscriptions.push(
    session,
    statusBar,
    vscode.languages.registerCodeActionsProvider(selector, new QuickFixProvider(session), {
      providedCodeActionKinds: QuickFixProvider.kinds,
    }),
    vscode.languages.registerHoverProvider(selector, new ResponseHoverProvider(session)),
    vscode.languages.registerCodeLensProvider(selector, new SummaryCodeLensProvider(session)),
    { dispose: () => PreviewPanel.active?.dispose() },
  );
  registerCommands(context, session);
  // Reading the config is the only work at activation; without a data folder nothing else runs.
  const ready = session.reload();
  const loadStart = (globalThis as { __npsPagesLoadStart?: number }).__npsPagesLoadStart;
  return {
    activationMs: loadStart === undefined ? null : performance.now() - loadStart,
    ready,
    statusBarText: () => statusBar.item.text,
    statusBarTooltip: () => (typeof statusBar.item.tooltip === 'string' ? statusBar.item.tooltip : ''),
    previewMessages: () => PreviewPanel.active?.posted ?? [],
    timings: () => session.documents.timings,
  };
}

export function deactivate(): void {}
