import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, closeAllEditors, commandIdByTitle, dataUri, openInEditor, waitFor, waitForValidation } from './helpers.ts';

// The fixture's valid responses, counted by hand: janvier.csv keeps 9, 7 and 10 (the padded score is
// only a warning) → 2 promoters, 1 passive: NPS 67 on 3. The whole data set adds février (10, 6, 9,
// 2), the JSON export (10, 4) and the Windows-1252 mars-excel.csv (9, 4): 6 promoters, 1 passive,
// 4 detractors → NPS 18 on 11. The editions' frozen responses are not live data.

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

suite('Hover and CodeLens', () => {
  suiteSetup(activeApi);
  teardown(closeAllEditors);

  test('hovering a score shows its category; a date, its period; a header, its field', async () => {
    const api = await activeApi();
    const uri = dataUri('avis/janvier.csv');
    await openInEditor(uri);
    await waitForValidation(api, uri);
    assert.match(await hoverText(uri, new vscode.Position(1, 11)), /9.*promoter/i);
    assert.match(await hoverText(uri, new vscode.Position(4, 11)), /7.*passive/i);
    assert.match(await hoverText(uri, new vscode.Position(1, 2)), /2026-01/);
    assert.match(await hoverText(uri, new vscode.Position(0, 6)), /Note.*score/);
  });

  test('the CodeLens above a response file gives its NPS, interval and count', async () => {
    const api = await activeApi();
    const uri = dataUri('avis/janvier.csv');
    await openInEditor(uri);
    await waitForValidation(api, uri);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const titles = lenses.map((lens) => lens.command?.title ?? '');
    assert.equal(titles.length, 1, `one lens: ${titles.join(' | ')}`);
    assert.match(titles[0] ?? '', /^NPS 67 \(±\d+\) · 3 responses · Open preview$/);
    assert.equal(lenses[0]?.range.start.line, 0);
    assert.equal(lenses[0]?.command?.command, commandIdByTitle('NPS: Open Preview'));
  });
});

suite('Status bar and preview', () => {
  suiteSetup(activeApi);
  teardown(closeAllEditors);

  test("the status bar shows the active file's NPS and n, and the whole data set's without one", async () => {
    const api = await activeApi();
    const uri = dataUri('avis/janvier.csv');
    await openInEditor(uri);
    await waitFor(
      () => (api.statusBarText().endsWith('NPS 67 · n = 3') ? true : undefined),
      "the file's figures in the status bar",
    );
    assert.match(api.statusBarTooltip(), /janvier\.csv/);
    assert.match(api.statusBarTooltip(), /Promoters/);
    await closeAllEditors();
    await waitFor(() => (api.statusBarText().endsWith('NPS 18 · n = 11') ? true : undefined), "the data set's figures", 20_000);
  });

  test('"NPS: Open Preview" opens a webview beside the editor that receives the file\'s figures', async () => {
    const api = await activeApi();
    const uri = dataUri('avis/janvier.csv');
    await openInEditor(uri);
    await waitForValidation(api, uri);
    await vscode.commands.executeCommand(commandIdByTitle('NPS: Open Preview'));
    const tab = await waitFor(
      () =>
        vscode.window.tabGroups.all
          .flatMap((group) => group.tabs)
          .find((candidate) => candidate.input instanceof vscode.TabInputWebview),
      'the preview tab',
    );
    assert.match((tab.input as vscode.TabInputWebview).viewType, /npsPages\.preview$/);
    // The webview asks for the model once its script runs ('ready'): that it arrived proves the round trip.
    const model = await waitFor(
      () => api.previewMessages().find((message) => message.type === 'model'),
      'the preview to receive its model',
      20_000,
    );
    assert.equal(model.type, 'model');
    if (model.type !== 'model') return;
    assert.equal(model.model.summary.n, 3);
    assert.equal(Math.round(model.model.summary.nps ?? Number.NaN), 67);
    assert.match(model.model.scope ?? '', /janvier\.csv$/);
    assert.match(model.trendSvg, /^<svg/);
    assert.deepEqual(model.model.problems, { errors: 4, warnings: 1 });
  });
});
