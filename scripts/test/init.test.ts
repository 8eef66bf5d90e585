import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '@nps-pages/core/pipeline';
import { describe, expect, it } from 'vitest';
import { type InitIo, type InitOptions, initCommand, titleFromFile } from '../src/commands/init.ts';
import { statsCommand } from '../src/commands/stats.ts';
import { validateCommand } from '../src/commands/validate.ts';
import type { StatsJson } from '../src/stats-json.ts';
import { captureIo } from './capture-io.ts';
import { INIT_FIXTURES, initCases } from './init-fixtures.ts';

/**
 * `nps init --yes` on each export of the init corpus, into an empty data folder, then what a team
 * does next: `nps validate` is clean (warnings allowed) and `nps stats --json` gives the figures
 * counted by hand in expected.json.
 *
 * The two exports that are not UTF-8 (Windows-1252, UTF-16 LE) run on their real bytes: init writes
 * their `encoding:`, and core decodes them as it reads the data set.
 */
function exportOf(name: string, file: string): string {
  return join(INIT_FIXTURES, name, file);
}

async function init(options: Partial<InitOptions> & { data: string }, answers?: string[]) {
  const captured = captureIo();
  const asked: string[] = [];
  const io: InitIo = {
    ...captured.io,
    stdinIsTTY: answers !== undefined,
    ask: async (question) => {
      asked.push(question);
      return answers?.shift() ?? '';
    },
  };
  const code = await initCommand({ exports: [], ...options }, io);
  return { code, stderr: captured.stderr(), asked, config: () => readFileSync(join(options.data, 'nps.config.yaml'), 'utf8') };
}

const emptyFolder = (): string => mkdtempSync(join(tmpdir(), 'nps-init-'));

describe('nps init, then validate and stats', () => {
  it.each(initCases.map((initCase) => [initCase.name, initCase] as const))('%s', async (name, initCase) => {
    const data = join(emptyFolder(), 'data');
    const result = await init({ exports: [exportOf(name, initCase.file)], data, yes: true });
    expect(result.stderr).toContain('Wrote');
    expect(result.code).toBe(0);
    expect(existsSync(join(data, initCase.file)), 'the export is copied into the data folder').toBe(true);
    const parsed = parseConfig('nps.config.yaml', result.config());
    expect(parsed.issues).toEqual([]);

    const validation = captureIo();
    const validated = await validateCommand({ data, format: 'json', files: [] }, validation.io);
    const issues = JSON.parse(validation.stdout()) as { code: string; severity: string }[];
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(validated).toBe(0);
    expect(issues.filter((issue) => issue.code === 'NPS201').length, 'partial answers').toBe(initCase.figures.partial);

    const stats = captureIo();
    expect(await statsCommand({ data, json: true, map: {}, files: [] }, stats.io)).toBe(0);
    const json = JSON.parse(stats.stdout()) as StatsJson;
    const { n, promoters, passives, detractors } = initCase.figures;
    expect({ n: json.n, promoters: json.promoters, passives: json.passives, detractors: json.detractors }).toEqual({
      n,
      promoters,
      passives,
      detractors,
    });
    expect(json.nps).toBeCloseTo(initCase.figures.nps, 4);
  });
});

describe('nps init on workbooks (.xlsx), then validate and stats', () => {
  const WORKBOOKS = join(INIT_FIXTURES, '..', 'workbooks');
  it.each([
    // The figures, counted by hand from the fixtures (core/test/parse/xlsx-fixtures.test.ts reads them).
    ['microsoft-forms', { n: 4, nps: 0, partial: 1, comment: 'Pourquoi cette note ?' }],
    ['surveymonkey', { n: 4, nps: 0, partial: 0, comment: 'What is the primary reason for your score?' }],
  ] as const)('%s', async (name, expected) => {
    const data = join(emptyFolder(), 'data');
    const source = join(emptyFolder(), `${name}.xlsx`);
    writeFileSync(source, readFileSync(join(WORKBOOKS, name, 'export.xlsx')));
    const result = await init({ exports: [source], data, yes: true });
    expect(result.code, result.stderr).toBe(0);
    expect(result.config()).toContain(`comment: ${expected.comment}`);
    const validation = captureIo();
    expect(await validateCommand({ data, format: 'json', files: [] }, validation.io)).toBe(0);
    const issues = JSON.parse(validation.stdout()) as { code: string }[];
    expect(issues.filter((issue) => issue.code === 'NPS201')).toHaveLength(expected.partial);
    const stats = captureIo();
    expect(await statsCommand({ data, json: true, map: {}, files: [] }, stats.io)).toBe(0);
    const json = JSON.parse(stats.stdout()) as StatsJson;
    expect({ n: json.n, nps: json.nps }).toEqual({ n: expected.n, nps: expected.nps });
  });
});

describe('nps init', () => {
  const surveyMonkey = join(INIT_FIXTURES, 'surveymonkey', 'Sheet_1.csv');

  it('never overwrites a config without --force', async () => {
    const data = emptyFolder();
    writeFileSync(join(data, 'nps.config.yaml'), 'sources: []\n');
    const refused = await init({ exports: [surveyMonkey], data, yes: true });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists; add --force/);
    expect(refused.config()).toBe('sources: []\n');
    const forced = await init({ exports: [surveyMonkey], data, yes: true, force: true });
    expect(forced.code).toBe(0);
    expect(forced.config()).toContain('headerRows: 2');
  });

  it('exits 2 with every column and why it is not a score when there is none', async () => {
    const dir = emptyFolder();
    const file = join(dir, 'stars.csv');
    writeFileSync(file, 'Date,Stars out of 50,Comment\n2026-03-01,42,Great place\n2026-03-02,17,Cold food\n');
    const result = await init({ exports: [file], data: join(dir, 'data'), yes: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no column holds scores from 0 to 10');
    expect(result.stderr).toContain('"Stars out of 50": other, numbers that are not 0-10 scores');
    expect(result.stderr).toContain('"Date": date,');
    expect(existsSync(join(dir, 'data', 'nps.config.yaml'))).toBe(false);
  });

  it('on a terminal, asks the ambiguous choices: Enter takes the best, a number another', async () => {
    const data = emptyFolder();
    const conference = initCases.find((initCase) => initCase.name === 'conference-keynotes');
    const file = join(INIT_FIXTURES, 'conference-keynotes', conference?.file ?? '');
    const result = await init({ exports: [file], data }, ['2']);
    expect(result.code).toBe(0);
    expect(result.asked.length).toBeGreaterThanOrEqual(1);
    expect(result.stderr).toContain('Which column is the score?');
    expect(result.stderr).toContain('1. "Sur une échelle de 0 à 10, quelle est la probabilité');
    // The user picked 2: the first keynote.
    expect(result.config()).toMatch(/\n {6}score: Quelle note donnez-vous à la keynote d'ouverture/);
  });

  it('with --yes, asks nothing and keeps the alternatives as comments', async () => {
    const data = emptyFolder();
    const file = join(INIT_FIXTURES, 'conference-keynotes', initCases.find((c) => c.name === 'conference-keynotes')?.file ?? '');
    const result = await init({ exports: [file], data, yes: true, title: 'DevConf', locale: 'en' }, []);
    expect(result.asked).toEqual([]);
    expect(result.config()).toContain('# Other 0-10 questions, not the recommendation:');
    expect(result.config()).toContain('title: DevConf');
    expect(result.config()).toContain('locale: en # from --locale');
  });

  it('writes the encoding only when the export is not UTF-8', async () => {
    const latin = await init({
      exports: [join(INIT_FIXTURES, 'excel-fr-windows-1252', 'enquete-agences.csv')],
      data: emptyFolder(),
      yes: true,
    });
    expect(latin.config()).toContain('encoding: windows-1252');
    const utf16 = await init({
      exports: [join(INIT_FIXTURES, 'excel-unicode-text', 'survey-export.txt')],
      data: emptyFolder(),
      yes: true,
    });
    expect(utf16.config()).toContain('encoding: utf-16le');
    expect((await init({ exports: [surveyMonkey], data: emptyFolder(), yes: true })).config()).not.toContain('encoding:');
  });

  it('reads the exports already in the data folder when none is named', async () => {
    const data = emptyFolder();
    writeFileSync(join(data, 'export.csv'), readFileSync(surveyMonkey));
    const result = await init({ data, yes: true });
    expect(result.code).toBe(0);
    expect(result.config()).toContain('path: export.csv');
  });

  it('titles the report after the file', () => {
    expect(titleFromFile('avis-clients_2026.csv')).toBe('Avis clients 2026');
  });
});

describe('nps init without dates as text', () => {
  it('writes the config with a TO DO and says so when the dates are Excel serial numbers', async () => {
    const dir = emptyFolder();
    const file = join(dir, 'export.csv');
    writeFileSync(file, 'Date;Note (0 à 10)\n46083;9\n46084;3\n46090;10\n');
    const result = await init({ exports: [file], data: join(dir, 'data'), yes: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('no date column found');
    expect(result.config()).toContain('# TO DO: no column holds dates as text');
    expect(result.config()).toContain('"Date": Excel serial numbers');
  });
});

describe('nps init on several exports', () => {
  it('makes one source of the exports of one survey, with a glob that next year matches too', async () => {
    const dir = emptyFolder();
    const export2025 = readFileSync(join(INIT_FIXTURES, 'surveymonkey', 'Sheet_1.csv'), 'utf8');
    const export2026 = export2025.replaceAll('/2026 ', '/2027 ').replace(/\n1148239/g, '\n2248239');
    writeFileSync(join(dir, 'avis-2025.csv'), export2025);
    writeFileSync(join(dir, 'avis-2026.csv'), export2026);
    const other = join(INIT_FIXTURES, 'typeform', 'responses-nps-2026-03.csv');
    const data = join(dir, 'data');
    const result = await init({ exports: [join(dir, 'avis-2025.csv'), join(dir, 'avis-2026.csv'), other], data, yes: true });
    expect(result.code).toBe(0);
    const config = parseConfig('nps.config.yaml', result.config()).config;
    expect(config?.sources.map((source) => source.path)).toEqual(['avis-*.csv', 'responses-nps-2026-03.csv']);
    const stats = captureIo();
    expect(await statsCommand({ data, json: true, map: {}, files: [] }, stats.io)).toBe(0);
    expect((JSON.parse(stats.stdout()) as StatsJson).n).toBe(12 + 12 + 10);
  });
});

describe('nps init on the sample data set', () => {
  it('finds, in the 15 raw exports of data/, the column maps of its hand-written config', async () => {
    const sample = join(import.meta.dirname, '../../data');
    const exports = ['magasins', 'telephone', 'digital'].flatMap((folder) =>
      readdirSync(join(sample, folder)).map((name) => join(sample, folder, name)),
    );
    const data = join(emptyFolder(), 'data');
    const result = await init({ exports, data, yes: true });
    expect(result.code).toBe(0);
    const writtenConfig = parseConfig('nps.config.yaml', result.config()).config;
    const byHand = parseConfig('nps.config.yaml', readFileSync(join(sample, 'nps.config.yaml'), 'utf8')).config;
    expect(writtenConfig?.sources.map((source) => source.path)).toEqual([
      'avis-magasins-*.csv',
      'enquete-telephonique-*.csv',
      'export-*.json',
    ]);
    // The hand-written config lists its sources in another order: compare by the folder each reads.
    const columnsOf = (sources: { path: string; columns: unknown }[] | undefined, prefix: string) =>
      sources?.find((source) => source.path.startsWith(prefix))?.columns;
    for (const [writtenPath, byHandPath] of [
      ['avis-', 'magasins/'],
      ['enquete-', 'telephone/'],
      ['export-', 'digital/'],
    ] as const) {
      expect(columnsOf(writtenConfig?.sources, writtenPath)).toEqual(columnsOf(byHand?.sources, byHandPath));
    }
    const validation = captureIo();
    expect(await validateCommand({ data, format: 'text', files: [] }, validation.io)).toBe(0);
    expect(validation.stderr()).toContain('12,000 valid responses in 15 files; 0 errors, 0 warnings');
  });
});
