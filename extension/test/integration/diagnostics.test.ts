import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activeApi,
  closeAllEditors,
  commandIdByTitle,
  dataUri,
  diagnosticsOf,
  type ExpectedIssue,
  expectedDiagnostic,
  extensionUnderTest,
  openInEditor,
  type PlainDiagnostic,
  readExpectedIssues,
  waitForDiagnostics,
  waitForValidation,
  workspaceRoot,
} from './helpers.ts';

const sameAs = (expected: PlainDiagnostic[]) => (actual: PlainDiagnostic[]) =>
  JSON.stringify(actual) === JSON.stringify(expected);

function expectedFor(issues: ExpectedIssue[], file: string): PlainDiagnostic[] {
  return issues.filter((issue) => issue.file === file).map(expectedDiagnostic);
}

suite('Diagnostics', () => {
  let cli: ExpectedIssue[];

  suiteSetup(async () => {
    await extensionUnderTest().activate();
    cli = await readExpectedIssues();
    assert.ok(cli.length >= 7, 'the runner recorded what nps validate reports for the fixture');
  });

  teardown(closeAllEditors);

  test('"NPS: Validate All Data" shows every file\'s issues, exactly as nps validate reports them', async () => {
    await vscode.commands.executeCommand(commandIdByTitle('NPS: Validate All Data'));
    const files = [...new Set(cli.map((issue) => issue.file))];
    assert.deepEqual(files.sort(), [
      'data/actions/caisses.md',
      'data/avis/janvier.csv',
      'data/avis/mars-excel.csv',
      'data/classeurs/avril.xlsx',
      'data/editions/2025-12-bis/manifest.json',
      'data/editions/2026-01/manifest.json',
      'data/editions/2026-01/responses.json',
      'data/editions/2026-02/responses.json',
      'data/editions/2026-T1.md',
      'data/web/export.json',
    ]);
    const shown: PlainDiagnostic[] = [];
    for (const file of files) {
      const uri = vscode.Uri.joinPath(workspaceRoot(), ...file.split('/'));
      const expected = expectedFor(cli, file);
      const actual = await waitForDiagnostics(uri, sameAs(expected), { what: `the diagnostics of ${file}` });
      assert.deepEqual(actual, expected);
      shown.push(...actual);
    }
    // The editions' checks, as nps validate makes them: a manifest for another edition, frozen data
    // edited by hand, two published editions of one month, frozen data without a narrative, a
    // narrative without frozen data.
    const editionCodes = new Set(shown.map((diagnostic) => diagnostic.code).filter((code) => /^NPS40/.test(code)));
    assert.deepEqual([...editionCodes].sort(), ['NPS401', 'NPS402', 'NPS403', 'NPS404', 'NPS405']);
    // A workbook's issues, on their cells (the message names the cell), in the Problems panel.
    assert.deepEqual(expectedFor(cli, 'data/classeurs/avril.xlsx'), [
      {
        range: [1, 1, 1, 2],
        code: 'NPS202',
        severity: 'error',
        message: 'the score "dix" is not a number from 0 to 10 (cell B2)',
      },
      {
        range: [2, 1, 2, 2],
        code: 'NPS201',
        severity: 'warning',
        message: 'no score: a partial answer, left out of the figures (cell B3)',
      },
    ]);
    // A Windows-1252 export on disk is decoded right, with a warning naming the encoding.
    assert.deepEqual(expectedFor(cli, 'data/avis/mars-excel.csv'), [
      {
        range: [0, 0, 0, 0],
        code: 'NPS011',
        severity: 'warning',
        message: 'not UTF-8 (byte 0xE9 at line 1, column 32): read as Windows-1252',
      },
    ]);
  });

  test('a Windows-1252 export opened as UTF-8: one warning to reopen it with its encoding', async () => {
    const uri = dataUri('avis/mars-excel.csv');
    await openInEditor(uri);
    const actual = await waitForDiagnostics(uri, (diagnostics) => diagnostics.some((d) => d.code === 'NPS013'));
    const warning = actual.find((diagnostic) => diagnostic.code === 'NPS013');
    assert.deepEqual(warning?.range, [0, 31, 0, 32]);
    assert.equal(warning?.severity, 'warning');
    assert.match(warning?.message ?? '', /^3 characters could not be decoded .*reopen it with the right encoding/);
  });

  test('a CSV with known mistakes: each one on its cell, with its code, severity and message', async () => {
    const uri = dataUri('avis/janvier.csv');
    await openInEditor(uri);
    const actual = await waitForDiagnostics(uri, (diagnostics) => diagnostics.length > 0);
    // Written by hand from the fixture, so that a regression in core shows here too.
    assert.deepEqual(actual, [
      { range: [2, 11, 2, 15], code: 'NPS202', severity: 'error', message: 'the score "onze" is not a number from 0 to 10' },
      { range: [3, 11, 3, 13], code: 'NPS204', severity: 'error', message: 'the score 12 is outside 0 to 10' },
      { range: [5, 11, 5, 15], code: 'NPS241', severity: 'warning', message: 'score "10" has spaces around it' },
      {
        range: [6, 0, 6, 10],
        code: 'NPS212',
        severity: 'error',
        message: 'the date "31/02/2026" is 31 February 2026, which does not exist: February 2026 has 28 days',
      },
      {
        range: [7, 19, 7, 24],
        code: 'NPS230',
        severity: 'error',
        message: 'the id "A-001" is already used at data/avis/janvier.csv:2',
      },
    ]);
    assert.deepEqual(actual, expectedFor(cli, 'data/avis/janvier.csv'));
  });

  test('a JSON export: a score written as text is flagged on its value', async () => {
    const uri = dataUri('web/export.json');
    await openInEditor(uri);
    const actual = await waitForDiagnostics(uri, (diagnostics) => diagnostics.length > 0);
    assert.deepEqual(actual, [
      { range: [3, 83, 3, 86], code: 'NPS205', severity: 'error', message: 'the score is the text "9", not a number' },
    ]);
  });

  test('an action file: a status outside the allowed values is flagged in its front matter', async () => {
    const uri = dataUri('actions/caisses.md');
    await openInEditor(uri);
    const actual = await waitForDiagnostics(uri, (diagnostics) => diagnostics.length > 0);
    assert.deepEqual(actual, expectedFor(cli, 'data/actions/caisses.md'));
    assert.equal(actual[0]?.code, 'NPS302');
    assert.deepEqual(actual[0]?.range.slice(0, 2), [3, 8]);
  });

  test('a clean file has no diagnostics once validated', async () => {
    const api = await activeApi();
    const uri = dataUri('avis/fevrier.csv');
    await openInEditor(uri);
    await waitForValidation(api, uri);
    assert.deepEqual(diagnosticsOf(uri), []);
  });
});
