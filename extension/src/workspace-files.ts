import type { DataFiles } from '@nps-pages/core';
import * as vscode from 'vscode';
import type { DataFolder } from './data-folder.ts';

/**
 * The data folder as core's DataFiles, through vscode.workspace.fs only (so the same code runs in
 * the desktop extension host and in the browser one), open documents winning over the disk so that
 * unsaved edits are what gets validated.
 */
export function createWorkspaceDataFiles(data: DataFolder): DataFiles {
  const display = (path: string) => (data.folder === '.' ? path : `${data.folder}/${path}`);
  return {
    async list() {
      const paths: string[] = [];
      await walk(data.root, '', paths);
      return paths.sort();
    },
    async *readChunks(path) {
      // An open document's text as the editor decoded it (unsaved edits included), else the raw
      // bytes on disk, which core decodes as the CLI does (the same encoding warnings in both).
      const uri = vscode.Uri.joinPath(data.root, ...path.split('/'));
      const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
      if (open) {
        yield open.getText();
        return;
      }
      try {
        yield await vscode.workspace.fs.readFile(uri);
      } catch {
        throw new Error(`no such file: ${display(path)}`);
      }
    },
    display,
  };
}

/** Every file under `uri`, as posix paths; hidden folders and node_modules skipped, as the CLI does. */
async function walk(uri: vscode.Uri, prefix: string, into: string[]): Promise<void> {
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(uri);
  } catch {
    return;
  }
  for (const [name, type] of entries) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = prefix === '' ? name : `${prefix}/${name}`;
    if (type & vscode.FileType.Directory) await walk(vscode.Uri.joinPath(uri, name), path, into);
    else if (type & vscode.FileType.File) into.push(path);
  }
}
