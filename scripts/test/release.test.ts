import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseCommand } from '../src/commands/release.ts';
import { type CommandIo, validateCommand } from '../src/commands/validate.ts';

/** `nps release` and `nps validate` run in-process on a copy of a fixture, as a user sees them. */
const FIXTURE = join(import.meta.dirname, '../../core/test/fixtures/google-forms-fr-clean');

function capture(): { io: CommandIo; out: () => string; err: () => string } {
  let stdout = '';
  let stderr = '';
  return {
    io: {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      isTTY: false,
    },
    out: () => stdout,
    err: () => stderr,
  };
}

function copyFixture(): string {
  const data = join(mkdtempSync(join(tmpdir(), 'nps-release-')), 'data');
  cpSync(FIXTURE, data, { recursive: true });
  return data;
}

const MARCH = { id: '2026-03', from: '2026-03-01', to: '2026-03-31', created: '2026-04-02' };

async function releaseIn(data: string, options: Partial<typeof MARCH> & { force?: boolean; title?: string } = {}) {
  const run = capture();
  const code = await releaseCommand({ ...MARCH, data, ...options }, run.io);
  return { code, stdout: run.out(), stderr: run.err() };
}

async function validateIn(data: string) {
  const run = capture();
  const code = await validateCommand({ data, format: 'text', files: [] }, run.io);
  return { code, stdout: run.out(), stderr: run.err() };
}

describe('nps release', () => {
  it('writes the frozen folder and a narrative template, and the data set stays valid', async () => {
    const data = copyFixture();
    const result = await releaseIn(data, { title: 'Mars 2026' });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('released edition 2026-03 (month, 2026-03-01 – 2026-03-31): 6 responses');
    const manifest = JSON.parse(readFileSync(join(data, 'editions/2026-03/manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ id: '2026-03', title: 'Mars 2026', created: '2026-04-02', rows: 6, cadence: 'month' });
    const frozen = readFileSync(join(data, 'editions/2026-03/responses.json'), 'utf8');
    expect(frozen).not.toContain('client@example.fr');
    expect(readFileSync(join(data, 'editions/2026-03.md'), 'utf8')).toContain('status: draft');
    const validation = await validateIn(data);
    expect(validation.stdout).toBe('');
    expect(validation.code).toBe(0);
  });

  it('refuses to release an existing id, redoes a draft with --force, never touches a published one', async () => {
    const data = copyFixture();
    expect((await releaseIn(data)).code).toBe(0);
    const again = await releaseIn(data);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      `nps release: edition 2026-03 already exists in ${join(data, 'editions/2026-03')}; pass --force to release this draft again\n`,
    );
    expect((await releaseIn(data, { force: true, created: '2026-04-03' })).code).toBe(0);
    expect(readFileSync(join(data, 'editions/2026-03/manifest.json'), 'utf8')).toContain('"created": "2026-04-03"');
    const narrative = join(data, 'editions/2026-03.md');
    writeFileSync(narrative, readFileSync(narrative, 'utf8').replace('status: draft', 'status: published'));
    const before = readFileSync(join(data, 'editions/2026-03/manifest.json'), 'utf8');
    const refused = await releaseIn(data, { force: true, created: '2026-05-01' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('edition 2026-03 is published');
    expect(readFileSync(join(data, 'editions/2026-03/manifest.json'), 'utf8')).toBe(before);
  });

  it('refuses bad ids and dates with exit 2 and writes nothing', async () => {
    const data = copyFixture();
    expect((await releaseIn(data, { to: '2026-02-30' })).stderr).toBe(
      'nps release: --to must be a day written YYYY-MM-DD, not "2026-02-30"\n',
    );
    expect((await releaseIn(data, { from: '2026-04-01' })).code).toBe(2);
    expect((await releaseIn(data, { id: '../x' })).code).toBe(2);
    expect(existsSync(join(data, 'editions'))).toBe(false);
  });

  it('makes nps validate fail on a hand edit of frozen data, at the edited record', async () => {
    const data = copyFixture();
    await releaseIn(data);
    const file = join(data, 'editions/2026-03/responses.json');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[4] = (lines[4] ?? '').replace(/"score":(\d+)/, (_, score: string) => `"score":${(Number(score) + 1) % 11}`);
    writeFileSync(file, lines.join('\n'));
    const result = await validateIn(data);
    expect(result.code).toBe(1);
    const shown = relative(process.cwd(), file);
    expect(result.stdout).toBe(
      `${shown}:5:5: error NPS402 record 2 of the frozen edition was edited after the release: its content no longer matches its hash (${(lines[4] ?? '').trim().replace(/,$/, '').length} characters)\n`,
    );
  });

  it('refuses a new edition while an existing one has an error, naming the edition file, not the live data', async () => {
    const data = copyFixture();
    await releaseIn(data);
    const file = join(data, 'editions/2026-03/responses.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"score":(\d+)/, '"score":11'));
    const result = await releaseIn(data, { id: '2026-02', from: '2026-02-01', to: '2026-02-28' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `nps release: an existing edition has errors (${relative(process.cwd(), file)}); fix them before freezing an edition\n`,
    );
  });

  it('freezes the rows of a workbook source like any other', async () => {
    const data = join(mkdtempSync(join(tmpdir(), 'nps-release-xlsx-')), 'data');
    mkdirSync(join(data, 'classeurs'), { recursive: true });
    cpSync(
      join(import.meta.dirname, '../../core/test/fixtures/workbooks/surveymonkey/export.xlsx'),
      join(data, 'classeurs/mars.xlsx'),
    );
    writeFileSync(
      join(data, 'nps.config.yaml'),
      [
        'sources:',
        '  - path: classeurs/*.xlsx',
        '    headerRows: 2',
        '    columns:',
        '      date: Start Date',
        '      score: How likely is it that you would recommend this company to a friend or colleague?',
        '      comment: What is the primary reason for your score?',
      ].join('\n'),
    );
    const released = await releaseIn(data);
    expect(released.code, released.stderr).toBe(0);
    const frozen = JSON.parse(readFileSync(join(data, 'editions/2026-03/responses.json'), 'utf8')) as {
      responses: { score: number; comment?: string }[];
    };
    expect(frozen.responses.map((response) => response.score)).toEqual([10, 7, 2, 8]);
    expect(frozen.responses[2]?.comment).toBe('Waited 40 minutes.\nNobody apologised.');
    expect((await validateIn(data)).code).toBe(0);
  });
});
