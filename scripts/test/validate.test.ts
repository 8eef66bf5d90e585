import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Issue } from '@nps-pages/core';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../src/commands/validate.ts';
import type { IssueFormat } from '../src/issue-output.ts';
import { captureIo } from './capture-io.ts';

/** `nps validate` run in-process on the golden fixture folders, as a user or a CI job sees it. */

const FIXTURES = join(import.meta.dirname, '../../core/test/fixtures');
const shown = (name: string): string => relative(process.cwd(), join(FIXTURES, name)).split('\\').join('/');

async function validate(name: string, options: { format?: IssueFormat; files?: string[] } = {}) {
  const { io, stdout, stderr } = captureIo();
  const data = name.startsWith('/') ? name : join(FIXTURES, name);
  const code = await validateCommand({ data, format: options.format ?? 'text', files: options.files ?? [] }, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

function expectedIssues(name: string): Issue[] {
  return (JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { issues: Issue[] }).issues;
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !['actions', 'report', 'init', 'workbooks'].includes(entry.name))
  .map((entry) => entry.name);

describe('nps validate', () => {
  it.each(cases.filter((name) => name.endsWith('-clean')))('is clean on %s and exits 0', async (name) => {
    const result = await validate(name);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^\d+ valid responses in 1 file; 0 errors, 0 warnings\n$/);
  });

  it('prints every error of a broken export as path:line:col: error CODE message, and exits 1', async () => {
    const result = await validate('google-forms-fr-broken');
    const file = `${shown('google-forms-fr-broken')}/reponses-formulaire.csv`;
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toContain(`${file}:3:21: error NPS202 the score "dix" is not a number from 0 to 10`);
    expect(lines).toContain(`${file}:10:1: error NPS102 this row has 6 fields but the header has 5 fields`);
    expect(lines).toContain(`${file}:12:21: warning NPS241 score "9" has spaces around it`);
    expect(lines).toHaveLength(expectedIssues('google-forms-fr-broken').length);
    expect(result.stderr).toBe('3 valid responses in 1 file; 9 errors, 2 warnings\n');
    expect(result.code).toBe(1);
  });

  it.each(cases.filter((name) => name !== 'unknown-config-keys'))(
    'reports in json exactly the golden issues of %s',
    async (name) => {
      const result = await validate(name, { format: 'json' });
      const issues = JSON.parse(result.stdout) as Issue[];
      const prefix = `${shown(name)}/`;
      // The golden files show paths relative to the data folder, here relative to the working directory.
      const relativeToData = issues.map((issue) => ({
        ...issue,
        file: issue.file.replace(prefix, ''),
        message: issue.message.replaceAll(prefix, ''),
      }));
      expect(relativeToData).toEqual(expectedIssues(name));
      expect(result.code).toBe(issues.some((issue) => issue.severity === 'error') ? 1 : 0);
    },
  );

  it('writes GitHub annotations with the whole range', async () => {
    const result = await validate('json-envelope-broken', { format: 'github' });
    const file = `${shown('json-envelope-broken')}/export-api.json`.replaceAll(':', '%3A');
    expect(result.stdout.split('\n')).toContain(
      `::error file=${file},line=6,col=75,endLine=6,endColumn=79,title=NPS205 score-is-text::the score is the text "10", not a number. Write the score as a JSON number, without quotes.`,
    );
    expect(result.stdout).toContain('::warning file=');
    expect(result.code).toBe(1);
  });

  it('exits 2 on unknown config keys, pointing at each key', async () => {
    const result = await validate('unknown-config-keys');
    const config = `${shown('unknown-config-keys')}/nps.config.yaml`;
    expect(result.stdout).toBe(
      [
        `${config}:3:3: error NPS003 unknown key "langue" in site (keys: title, locale, timeZone, period)`,
        `${config}:6:5: error NPS003 unknown key "delimeter" in sources[0]: did you mean "delimiter"?`,
        `${config}:9:1: error NPS003 unknown key "statistic": did you mean "statistics"?`,
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(2);
  });

  it('exits 2 when the data folder has no config', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'nps-validate-'));
    const result = await validate(empty);
    expect(result.stdout).toMatch(/^[^\n]*nps\.config\.yaml:1:1: error NPS004 no nps\.config\.yaml in /);
    expect(result.code).toBe(2);
  });

  it('checks only the FILES given', async () => {
    const folder = 'duplicate-id-across-files';
    const only = await validate(folder, { files: [join(FIXTURES, folder, 'exports/2026-03.csv')] });
    // Alone, the March export has no duplicate: the ids it repeats live in the February one.
    expect(only.stdout).toBe('');
    expect(only.stderr).toBe('3 valid responses in 1 file; 0 errors, 0 warnings\n');
    expect(only.code).toBe(0);
    const all = await validate(folder);
    expect(all.code).toBe(1);
  });
});
