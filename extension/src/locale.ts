import { type EditorLocale, editorLocaleOf } from '@nps-pages/core';
import * as vscode from 'vscode';
import type { Session } from './session.ts';

/** French or English: VS Code's display language first, then the config's site locale. */
export function localeOf(session: Session): EditorLocale {
  return editorLocaleOf(vscode.env.language, session.data?.reading.config?.site.locale);
}
