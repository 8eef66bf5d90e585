import type { EditorLocale } from '@nps-pages/core';
import * as vscode from 'vscode';
import { engine } from './engine-loader.ts';
import type { Session } from './session.ts';

/** French or English: VS Code's display language first, then the config's site locale. */
export function localeOf(session: Session): EditorLocale {
  return engine().editorLocaleOf(vscode.env.language, session.data?.reading.config?.site.locale);
}
