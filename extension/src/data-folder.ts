import type { ConfigReading } from '@nps-pages/core';
import * as vscode from 'vscode';
import { CONFIG_FILE } from './config-file.ts';
import { engine, loadEngine } from './engine-loader.ts';

/**
 * Where the data is: the workspace folder holding `<dataFolder>/nps.config.yaml` (the setting
 * npsPages.dataFolder, "data" by default), and the config read from it: from the open editor when
 * the config is open (unsaved edits count), from workspace.fs otherwise (works on vscode.dev too).
 */
export interface DataFolder {
  workspace: vscode.WorkspaceFolder;
  /** The data folder, relative to the workspace folder, posix ("data"). */
  folder: string;
  root: vscode.Uri;
  configUri: vscode.Uri;
  /** The config as last read; `config` is undefined when it has errors. */
  reading: ConfigReading;
  /** The config file as shown in issues (data/nps.config.yaml). */
  configFile: string;
  /** The text the config was read from. */
  configText: string;
}

export function dataFolderSetting(): string {
  const value = vscode.workspace.getConfiguration('npsPages').get<string>('dataFolder', 'data');
  return (
    value
      .replace(/\\/g, '/')
      .replace(/^\.\/+/, '')
      .replace(/\/+$/, '') || '.'
  );
}

/**
 * Also loads the engine (the config's parser), while the config is read: at start-up that read is a
 * round trip of 80-250 ms to a busy window, time in which the extension host would otherwise idle.
 * In a workspace without a config (the extension also activates on any CSV, JSON, YAML or Markdown
 * file) the engine then loads for nothing, as all of it did before it was split off, but after activation.
 */
export async function findDataFolder(): Promise<DataFolder | undefined> {
  const loading = loadEngine();
  const folder = dataFolderSetting();
  for (const workspace of vscode.workspace.workspaceFolders ?? []) {
    const root = folder === '.' ? workspace.uri : vscode.Uri.joinPath(workspace.uri, folder);
    const configUri = vscode.Uri.joinPath(root, CONFIG_FILE);
    const text = await readText(configUri);
    if (text === undefined) continue;
    const configFile = shownPath(workspace, configUri);
    const { parseConfig } = await loading;
    return { workspace, folder, root, configUri, configFile, configText: text, reading: parseConfig(configFile, text) };
  }
  return undefined;
}

/** The text of a file: the open document's (unsaved edits included), else the bytes on disk; undefined if unreadable. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** A path as the CLI shows it when run from the workspace folder (data/magasins/avis.csv). */
export function shownPath(workspace: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const base = workspace.uri.path.replace(/\/+$/, '');
  return uri.path.startsWith(`${base}/`) ? uri.path.slice(base.length + 1) : uri.path;
}

/** The path of a file relative to the data folder, or undefined when it lies outside. */
export function dataPathOfUri(data: DataFolder, uri: vscode.Uri): string | undefined {
  if (uri.scheme !== data.workspace.uri.scheme || uri.authority !== data.workspace.uri.authority) return undefined;
  return engine().dataPathOf(shownPath(data.workspace, uri), data.folder);
}
