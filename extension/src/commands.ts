import * as vscode from 'vscode';
import { engine, loadEngine } from './engine-loader.ts';
import { localeOf } from './locale.ts';
import { PreviewPanel } from './preview/panel.ts';
import { COMMANDS } from './providers.ts';
import type { Session } from './session.ts';

/** Every command of the extension; ids in COMMANDS (package.json contributes the same). */
export function registerCommands(context: vscode.ExtensionContext, session: Session): void {
  context.subscriptions.push(
    command(COMMANDS.openPreview, (uri?: vscode.Uri) => {
      const active = vscode.window.activeTextEditor?.document.uri;
      const candidate = uri ?? active;
      const target = candidate && session.documents.get(candidate)?.kind.kind === 'responses' ? candidate : undefined;
      return PreviewPanel.show(context.extensionUri, session, target);
    }),
    command(COMMANDS.validateAll, async () => {
      const locale = localeOf(session);
      const reading = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: locale === 'fr' ? 'NPS : validation…' : 'NPS: validating…' },
        () => session.validateAll(),
      );
      if (!reading) {
        void vscode.window.showWarningMessage(
          locale === 'fr'
            ? 'Aucun fichier nps.config.yaml dans le dossier de données.'
            : 'No nps.config.yaml in the data folder.',
        );
        return undefined;
      }
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      const { plural } = await loadEngine();
      const text =
        locale === 'fr'
          ? `NPS : ${plural(reading.responses.length, { one: '{n} réponse valide', other: '{n} réponses valides' }, 'fr')} dans ${plural(reading.files, { one: '{n} fichier', other: '{n} fichiers' }, 'fr')} ; ${plural(reading.errors, { one: '{n} erreur', other: '{n} erreurs' }, 'fr')}, ${plural(reading.warnings, { one: '{n} avertissement', other: '{n} avertissements' }, 'fr')}.`
          : `NPS: ${plural(reading.responses.length, { one: '{n} valid response', other: '{n} valid responses' }, 'en')} in ${plural(reading.files, { one: '{n} file', other: '{n} files' }, 'en')}; ${plural(reading.errors, { one: '{n} error', other: '{n} errors' }, 'en')}, ${plural(reading.warnings, { one: '{n} warning', other: '{n} warnings' }, 'en')}.`;
      void vscode.window.showInformationMessage(text);
      return { responses: reading.responses.length, files: reading.files, errors: reading.errors, warnings: reading.warnings };
    }),
    command(COMMANDS.newEdition, async () => {
      const data = session.data;
      const config = data?.reading.config;
      if (!data || !config) return undefined;
      const template = engine().editionTemplate({
        today: new Date().toISOString().slice(0, 10),
        // Editions are weeks, months, quarters or years (editions/cadence.ts): a daily or `auto` trend gets a monthly edition.
        period: config.site.period === 'auto' || config.site.period === 'day' ? 'month' : config.site.period,
        locale: localeOf(session),
        author: localeOf(session) === 'fr' ? 'Équipe CX' : 'CX team',
      });
      const folder = vscode.Uri.joinPath(data.root, 'editions');
      let uri = vscode.Uri.joinPath(folder, template.fileName);
      for (let copy = 2; await exists(uri); copy++)
        uri = vscode.Uri.joinPath(folder, template.fileName.replace(/\.md$/, `-${copy}.md`));
      await vscode.workspace.fs.createDirectory(folder);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(template.text));
      await vscode.window.showTextDocument(uri);
      return uri;
    }),
    // The one command that needs no engine: it opens a file of the extension.
    vscode.commands.registerCommand(COMMANDS.showConfigSchema, async () => {
      const uri = vscode.Uri.joinPath(context.extensionUri, 'dist', 'schema', 'nps.config.schema.json');
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: true });
      return uri;
    }),
  );
}

/** A command that runs once the engine is loaded: it may be invoked before the first reading of the data folder. */
function command<Args extends unknown[]>(id: string, run: (...args: Args) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: Args) => {
    await loadEngine();
    return run(...args);
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
