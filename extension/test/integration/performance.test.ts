import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NpsPagesApi } from '../../src/extension.ts';
import { generatedCsv } from '../fixtures/generated-csv.mts';
import { activeApi, closeAllEditors, dataUri, openInEditor, waitForDiagnostics, writeWorkspaceFile } from './helpers.ts';
import { recordMetric } from './run-suite.ts';

// The budgets, measured end to end in the real editor: from openTextDocument (or the edit)
// to the diagnostics being published. Each generated file ends with one bad score, so "published"
// means the whole file was read: the sentinel diagnostic is on its last line.

function lastValidation(api: NpsPagesApi, uri: vscode.Uri) {
  return api
    .timings()
    .filter((timing) => timing.uri === uri.toString())
    .at(-1);
}

suite('Performance (budgets of the issue)', () => {
  suiteSetup(activeApi);
  teardown(closeAllEditors);

  test("activation: from the bundle's first line to the end of activate()", async () => {
    const api = await activeApi();
    assert.equal(typeof api.activationMs, 'number');
    recordMetric('activation (ms)', api.activationMs ?? Number.NaN);
  });

  test('a 100k-row CSV: open to published diagnostics, three times', async () => {
    const api = await activeApi();
    const text = generatedCsv(100_000);
    for (let sample = 0; sample < 3; sample++) {
      const uri = dataUri(`avis/perf-100k-${sample}.csv`);
      await writeWorkspaceFile(uri, text);
      const started = performance.now();
      await vscode.workspace.openTextDocument(uri);
      const diagnostics = await waitForDiagnostics(uri, (current) => current.some((d) => d.range[0] === 100_000), {
        timeoutMs: 30_000,
        what: 'the sentinel on the last row',
      });
      recordMetric('open 100k-row CSV to diagnostics (ms)', performance.now() - started);
      recordMetric('validate 100k-row CSV in-process (ms)', lastValidation(api, uri)?.milliseconds ?? Number.NaN);
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        ['NPS202'],
      );
      await closeAllEditors();
      await vscode.workspace.fs.delete(uri);
    }
  });

  test('a 10k-row CSV: one-character edits to new diagnostics', async () => {
    const api = await activeApi();
    const uri = dataUri('avis/perf-10k.csv');
    await writeWorkspaceFile(uri, generatedCsv(10_000));
    const editor = await openInEditor(uri);
    await waitForDiagnostics(uri, (current) => current.length === 1, { timeoutMs: 30_000 });
    for (let sample = 0; sample < 5; sample++) {
      const line = 2_000 + sample * 1_000;
      const cell = new vscode.Range(line, 11, line, 12);
      const original = editor.document.getText(cell);
      assert.match(original, /^\d$/);
      let started = performance.now();
      await editor.edit((builder) => builder.replace(cell, 'y'));
      await waitForDiagnostics(uri, (current) => current.some((d) => d.range[0] === line), {
        what: `the error on line ${line + 1}`,
      });
      recordMetric('edit in 10k-row CSV to diagnostics (ms)', performance.now() - started);
      recordMetric(
        'validate after an edit in a 10k-row CSV, in-process (ms)',
        lastValidation(api, uri)?.milliseconds ?? Number.NaN,
      );
      started = performance.now();
      await editor.edit((builder) => builder.replace(cell, original));
      await waitForDiagnostics(uri, (current) => current.length === 1, { what: 'the error to go' });
    }
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
    await vscode.workspace.fs.delete(uri);
  });
});
