import type { Issue } from '@nps-pages/core';
import * as vscode from 'vscode';
import { engine } from './engine-loader.ts';

/** The source name of every diagnostic: what the Problems panel shows and what tests filter on. */
export const DIAGNOSTIC_SOURCE = 'nps';

const SEVERITIES = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
} as const;

/** One core Issue as a VS Code diagnostic: same message, code and severity; the 1-based span as a 0-based range. */
export function toDiagnostic(issue: Issue): vscode.Diagnostic {
  const range = engine().toEditorRange(issue);
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character),
    issue.message,
    SEVERITIES[issue.severity],
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = issue.code;
  return diagnostic;
}

export function publish(collection: vscode.DiagnosticCollection, uri: vscode.Uri, issues: readonly Issue[]): void {
  collection.set(uri, issues.map(toDiagnostic));
}
