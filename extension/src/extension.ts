import * as vscode from 'vscode';
import { registerCommands } from './commands.ts';
import type { ToWebview } from './preview/messages.ts';
import { PreviewPanel } from './preview/panel.ts';
import { QuickFixProvider, ResponseHoverProvider, SummaryCodeLensProvider } from './providers.ts';
import { Session, type ValidationTiming } from './session.ts';
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
  /** From the bundle's first line to the end of activate(), in its parts (null when run unbundled). */
  activation: ActivationTiming | null;
  /**
   * Milliseconds from the end of activate() to the end of the first reading (engine loaded, config
   * read, open files validated, their diagnostics published); undefined until then.
   */
  firstReadingMs(): number | undefined;
}

/** The activation as VS Code counts it, from the bundle's first line to the end of activate(), in milliseconds. */
export interface ActivationTiming {
  totalMs: number;
  /** Evaluating the bundle, its first line to its last: ours. */
  evaluateMs: number;
  /** From the bundle's last line to the call of activate(): VS Code preparing the ExtensionContext. */
  contextMs: number;
  /** activate() itself: ours. */
  activateMs: number;
}

/**
 * Registers everything and pushes every disposable to the context; the work happens in Session.
 * This module and what it imports hold no part of core: the engine (parsers, schemas, statistics)
 * loads after activate() returns, with the first reading (engine-loader.ts, esbuild.mjs).
 */
export function activate(context: vscode.ExtensionContext): NpsPagesApi {
  const called = performance.now();
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
  // Reading the config and loading the engine start now and run after activate() returns.
  const reading = session.reload();
  const activated = performance.now();
  let firstReadingMs: number | undefined;
  const ready = reading.then(() => {
    firstReadingMs = performance.now() - activated;
  });
  return {
    activation: activationTiming(called, activated),
    firstReadingMs: () => firstReadingMs,
    ready,
    statusBarText: () => statusBar.item.text,
    statusBarTooltip: () => (typeof statusBar.item.tooltip === 'string' ? statusBar.item.tooltip : ''),
    previewMessages: () => PreviewPanel.active?.posted ?? [],
    timings: () => session.timings,
  };
}

export function deactivate(): void {}

function activationTiming(called: number, activated: number): ActivationTiming | null {
  const clocks = globalThis as { __npsPagesLoadStart?: number; __npsPagesLoadEnd?: number };
  const { __npsPagesLoadStart: start, __npsPagesLoadEnd: end } = clocks;
  if (start === undefined || end === undefined) return null;
  return { totalMs: activated - start, evaluateMs: end - start, contextMs: called - end, activateMs: activated - called };
}
