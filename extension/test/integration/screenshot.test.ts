import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, closeAllEditors, commandIdByTitle, openInEditor, waitFor, workspaceRoot } from './helpers.ts';

// Only with `code-server.mjs --screenshot <png>`, which opens the repository's sample data set and
// sets NPS_TEST_SCREENSHOT_DIR: the test arranges the preview, says "ready" with a file, and waits
// for the runner (which alone can photograph the page) to say "done".
const shots = typeof process === 'undefined' ? undefined : process.env.NPS_TEST_SCREENSHOT_DIR;

(shots ? suite : suite.skip)('Screenshot for the Marketplace README', () => {
  test('the preview of a store survey, beside its CSV', async () => {
    const api = await activeApi();
    const folder = shots as string;
    const csv = vscode.Uri.joinPath(workspaceRoot(), 'data', 'magasins', 'avis-magasins-2026.csv');
    await closeAllEditors();
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    // code-server opens its Chat view in the secondary side bar: the README shows the extension.
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await openInEditor(csv);
    await vscode.commands.executeCommand(commandIdByTitle('NPS: Open Preview'));
    const shown = await waitFor(
      () => api.previewMessages().find((message) => message.type === 'model'),
      'the preview model',
      30_000,
    );
    assert.equal(shown.type, 'model', 'the preview shows figures, not an empty state, in the screenshot');
    const file = (name: string) => vscode.Uri.file(`${folder}/${name}`);
    await vscode.workspace.fs.writeFile(file('preview.ready'), new Uint8Array());
    await waitFor(
      () =>
        Promise.resolve(vscode.workspace.fs.stat(file('preview.done'))).then(
          () => true,
          () => undefined,
        ),
      'the runner to take the screenshot',
      60_000,
    );
  });
});
