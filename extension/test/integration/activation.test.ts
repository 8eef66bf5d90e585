import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionUnderTest, workspaceRoot } from './helpers.ts';

suite('Activation', () => {
  test('the extension activates on a workspace holding data/nps.config.yaml', async () => {
    const extension = extensionUnderTest();
    // Activation is triggered by workspaceContains: it may already be done, or still running.
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  test('the fixture workspace is open, with its config', async () => {
    const config = vscode.Uri.joinPath(workspaceRoot(), 'data', 'nps.config.yaml');
    const stat = await vscode.workspace.fs.stat(config);
    assert.equal(stat.type, vscode.FileType.File);
  });
});
