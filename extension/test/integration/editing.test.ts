import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, closeAllEditors, dataUri, diagnosticsOf, openInEditor, waitForDiagnostics } from './helpers.ts';
import { recordMetric } from './run-suite.ts';

/** Reverts the active editor to the file on disk, so the next test sees the fixture as committed. */
async function revertActive(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await closeAllEditors();
}

suite('Editing', () => {
  suiteSetup(activeApi);
  teardown(revertActive);

  test('a one-character edit updates the diagnostics without saving, and undoing it clears them', async () => {
    const uri = dataUri('avis/fevrier.csv');
    const editor = await openInEditor(uri);
    await waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 0);
    // Row 3 (line index 2) is "03/02/2026,6,Rayon vide,Paris,B-002": the score 6 becomes "x".
    const scoreCell = new vscode.Range(2, 11, 2, 12);
    assert.equal(editor.document.getText(scoreCell), '6');
    const started = performance.now();
    assert.ok(await editor.edit((builder) => builder.replace(scoreCell, 'x')));
    const after = await waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 1, { what: 'the new NPS202' });
    recordMetric('fixture edit to diagnostics (ms)', performance.now() - started);
    assert.deepEqual(after, [
      { range: [2, 11, 2, 12], code: 'NPS202', severity: 'error', message: 'the score "x" is not a number from 0 to 10' },
    ]);
    assert.equal(editor.document.isDirty, true, 'no save was needed');
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 0, { what: 'the diagnostics to clear after undo' });
  });

  test('closing a file clears its diagnostics', async () => {
    const uri = dataUri('avis/janvier.csv');
    await openInEditor(uri);
    await waitForDiagnostics(uri, (diagnostics) => diagnostics.length > 0);
    await closeAllEditors();
    // VS Code disposes the document model some time after its last editor closes: wait for it.
    await waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 0, {
      timeoutMs: 30_000,
      what: 'the diagnostics to clear',
    });
  });
});

suite('Quick fixes', () => {
  suiteSetup(activeApi);
  teardown(revertActive);

  async function applyFixFor(uri: vscode.Uri, code: string): Promise<vscode.CodeAction> {
    const [diagnostic] = vscode.languages.getDiagnostics(uri).filter((candidate) => candidate.code === code);
    assert.ok(diagnostic, `a ${code} diagnostic on ${uri.path}`);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    // Other extensions may offer actions on any diagnostic (code-server's chat: "Fix", "Explain");
    // ours is the one that carries an edit.
    const fix = actions.find((action) => action.edit !== undefined);
    assert.ok(fix?.edit, `a quick fix for ${code}; offered: ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    return fix;
  }

  test('surrounding spaces are trimmed from a score', async () => {
    const uri = dataUri('avis/janvier.csv');
    const editor = await openInEditor(uri);
    await waitForDiagnostics(uri, (diagnostics) => diagnostics.some((diagnostic) => diagnostic.code === 'NPS241'));
    await applyFixFor(uri, 'NPS241');
    assert.equal(editor.document.lineAt(5).text, '07/01/2026,10,Parfait,Lille,A-005');
    await waitForDiagnostics(uri, (diagnostics) => !diagnostics.some((diagnostic) => diagnostic.code === 'NPS241'));
  });

  test('a duplicate id is renamed to an unused one', async () => {
    const uri = dataUri('avis/janvier.csv');
    const editor = await openInEditor(uri);
    await waitForDiagnostics(uri, (diagnostics) => diagnostics.some((diagnostic) => diagnostic.code === 'NPS230'));
    await applyFixFor(uri, 'NPS230');
    const renamed = editor.document.lineAt(7).text.split(',').at(-1) ?? '';
    assert.notEqual(renamed, 'A-001');
    assert.match(renamed, /^A-001\S+$/);
    const ids = editor.document
      .getText()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',').at(-1));
    assert.equal(ids.filter((id) => id === renamed).length, 1);
    await waitForDiagnostics(uri, (diagnostics) => !diagnostics.some((diagnostic) => diagnostic.code === 'NPS230'));
  });

  test('a score written as text in JSON becomes a number', async () => {
    const uri = dataUri('web/export.json');
    const editor = await openInEditor(uri);
    await waitForDiagnostics(uri, (diagnostics) => diagnostics.length > 0);
    await applyFixFor(uri, 'NPS205');
    assert.match(editor.document.lineAt(3).text, /"npsScore": 9,/);
    await waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 0);
    assert.deepEqual(diagnosticsOf(uri), []);
  });
});
