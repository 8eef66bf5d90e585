// What every test needs from the editor: the fixture workspace, the extension under test, and
// waiting for diagnostics by event with a deadline (never a fixed sleep: a slow CI machine only
// makes the wait longer, a broken extension makes it fail with what was last seen).
import * as vscode from 'vscode';
import type { NpsPagesApi } from '../../src/extension.ts';

export const EXTENSION_NAME = 'nps-pages-vscode';
/** Written by the runners: what `nps validate --format json` reports for this workspace copy. */
const EXPECTED_ISSUES_PATH = '.nps-test/expected-issues.json';

export interface ExpectedIssue {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** A diagnostic as a plain object, so that deepStrictEqual failures print readable diffs. */
export interface PlainDiagnostic {
  range: [number, number, number, number];
  code: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the runner must open the fixture workspace');
  return folder.uri;
}

export function dataUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), 'data', ...relativePath.split('/'));
}

export function extensionUnderTest(): vscode.Extension<unknown> {
  const extension = vscode.extensions.all.find((candidate) => candidate.packageJSON?.name === EXTENSION_NAME);
  if (!extension) throw new Error(`${EXTENSION_NAME} is not loaded: check extensionDevelopmentPath`);
  return extension;
}

/** Activates the extension (if the workspace did not already) and waits for its first reading. */
export async function activeApi(): Promise<NpsPagesApi> {
  const api = (await extensionUnderTest().activate()) as NpsPagesApi;
  await api.ready;
  return api;
}

/** Resolves once the extension has validated this document (at least `after` validations ago). */
export function waitForValidation(api: NpsPagesApi, uri: vscode.Uri, after = 0): Promise<true> {
  return waitFor(
    () => api.timings().filter((timing) => timing.uri === uri.toString()).length > after || undefined,
    `a validation of ${uri.path}`,
  );
}

export function validationCount(api: NpsPagesApi, uri: vscode.Uri): number {
  return api.timings().filter((timing) => timing.uri === uri.toString()).length;
}

/** The command id whose palette title is `title` (e.g. "NPS: Validate All Data"), from the manifest. */
export function commandIdByTitle(title: string): string {
  const commands: { command: string; title: string; category?: string }[] =
    extensionUnderTest().packageJSON.contributes?.commands ?? [];
  const found = commands.find((entry) => entry.title === title || `${entry.category}: ${entry.title}` === title);
  if (!found) throw new Error(`no command titled "${title}" in the manifest: ${commands.map((entry) => entry.title).join(', ')}`);
  return found.command;
}

export async function readExpectedIssues(): Promise<ExpectedIssue[]> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), ...EXPECTED_ISSUES_PATH.split('/')));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** An Issue (1-based, exclusive end) as the diagnostic the editor must show (0-based Range). */
export function expectedDiagnostic(issue: ExpectedIssue): PlainDiagnostic {
  return {
    range: [issue.line - 1, issue.column - 1, issue.endLine - 1, issue.endColumn - 1],
    code: issue.code,
    severity: issue.severity,
    message: issue.message,
  };
}

const SEVERITY_NAMES = ['error', 'warning', 'info', 'hint'] as const;

export function plain(diagnostic: vscode.Diagnostic): PlainDiagnostic {
  const { start, end } = diagnostic.range;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return {
    range: [start.line, start.character, end.line, end.character],
    code: String(code),
    severity: SEVERITY_NAMES[diagnostic.severity],
    message: diagnostic.message,
  };
}

/** Diagnostics of a file in document order, as plain objects. */
export function diagnosticsOf(uri: vscode.Uri): PlainDiagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .map(plain)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.code.localeCompare(b.code));
}

/**
 * Resolves with the file's diagnostics once `accept` holds for them: checked now, then on every
 * onDidChangeDiagnostics for the file. Rejects at the deadline, saying what was last seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: PlainDiagnostic[]) => boolean,
  { timeoutMs = 15_000, what = 'the expected diagnostics' }: { timeoutMs?: number; what?: string } = {},
): Promise<PlainDiagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = diagnosticsOf(uri);
      if (!accept(current)) return false;
      cleanup();
      resolve(current);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const seen = JSON.stringify(diagnosticsOf(uri), null, 1);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${uri.path}; last seen: ${seen}`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

/** Polls a condition that no event announces (e.g. a webview's reply), with a deadline. */
export async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export async function writeWorkspaceFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
