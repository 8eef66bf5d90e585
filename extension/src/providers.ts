import type { Issue } from '@nps-pages/core';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from './diagnostics.ts';
import { engine } from './engine-loader.ts';
import { localeOf } from './locale.ts';
import type { Session } from './session.ts';

/** The command ids: contributed in package.json, run by the CodeLens, the status bar and the tests. */
export const COMMANDS = {
  openPreview: 'npsPages.openPreview',
  validateAll: 'npsPages.validateAll',
  newEdition: 'npsPages.newEdition',
  showConfigSchema: 'npsPages.showConfigSchema',
} as const;

/** Quick fixes for the diagnostics of a response file, where core says the fix is certain. */
export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  private readonly session: Session;
  constructor(session: Session) {
    this.session = session;
  }

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const result = this.session.documents.get(document.uri);
    if (!result) return [];
    const source = result.kind.kind === 'responses' ? result.kind.source : undefined;
    const config = this.session.data?.reading.config;
    const text = document.getText();
    const usedIds = new Set(
      result.csv ? result.csv.ids.map((entry) => entry.id) : result.responses.flatMap((r) => (r.id ? [r.id] : [])),
    );
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const issue = result.issues.find((candidate) => sameRange(candidate, diagnostic) && candidate.code === diagnostic.code);
      if (!issue) continue;
      const fixes = engine().quickFixesFor(issue, {
        text,
        locale: localeOf(this.session),
        dateFormat: source?.dateFormat,
        timeZone: source?.timeZone ?? config?.site.timeZone,
        usedIds,
      });
      for (const fix of fixes) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        const range = engine().toEditorRange(fix.span);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(
          document.uri,
          new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character),
          fix.newText,
        );
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      }
    }
    return actions;
  }
}

function sameRange(issue: Issue, diagnostic: vscode.Diagnostic): boolean {
  const range = engine().toEditorRange(issue);
  return diagnostic.range.start.line === range.start.line && diagnostic.range.start.character === range.start.character;
}

export class ResponseHoverProvider implements vscode.HoverProvider {
  private readonly session: Session;
  constructor(session: Session) {
    this.session = session;
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const kind = this.session.documents.kindOf(document.uri);
    const config = this.session.data?.reading.config;
    if (kind?.kind !== 'responses' || !kind.format || kind.format === 'xlsx' || !config) return undefined;
    const hover = engine().hoverAt({
      text: document.getText(),
      offset: document.offsetAt(position),
      format: kind.format,
      source: kind.source,
      config,
      locale: localeOf(this.session),
    });
    if (!hover) return undefined;
    return new vscode.Hover(
      new vscode.MarkdownString(hover.markdown),
      new vscode.Range(document.positionAt(hover.start), document.positionAt(hover.end)),
    );
  }
}

/** `NPS 34 (±6) · 1,204 responses · Open preview` above the first line of a response file. */
export class SummaryCodeLensProvider implements vscode.CodeLensProvider {
  private readonly session: Session;
  readonly onDidChangeCodeLenses: vscode.Event<void>;
  constructor(session: Session) {
    this.session = session;
    this.onDidChangeCodeLenses = (listener, thisArgs, disposables) =>
      session.onDidUpdate(() => listener.call(thisArgs, undefined), undefined, disposables);
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const result = this.session.documents.get(document.uri);
    const config = this.session.data?.reading.config;
    if (result?.kind.kind !== 'responses' || !config) return [];
    const summary = engine().summarizeResponses(result.responses, config);
    const title = engine().codeLensTitle(summary, localeOf(this.session));
    return [
      new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), { title, command: COMMANDS.openPreview, arguments: [document.uri] }),
    ];
  }
}
