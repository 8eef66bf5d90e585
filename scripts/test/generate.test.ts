import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createCsvParser,
  IdRegistry,
  type Issue,
  ingest,
  type NpsConfig,
  type NpsResponse,
  parseConfig,
  plainSource,
  readConfigFile,
} from '@nps-pages/core';
import { createNodeDataFiles } from '@nps-pages/core/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Not yet re-exported by @nps-pages/core's index: imported from their files until they are.
import { type Action, actionContextOf, parseActions } from '../../core/src/actions.ts';
import { compileThemes } from '../../core/src/text/themes.ts';
import { generateCommand } from '../src/commands/generate.ts';
import { type CommandIo, validateCommand } from '../src/commands/validate.ts';
import { CANONICAL_HEADER, canonicalCsvRow } from '../src/generate/csv.ts';
import { sampleResponses } from '../src/generate/sample.ts';

const CANONICAL_CONFIG = `sources: [{ path: '*.csv' }]
segments: [{ field: channel }, { field: store }, { field: region }]
`;
const COMMITTED = fileURLToPath(new URL('../../data/', import.meta.url));
const EXPORT_FOLDERS = ['magasins', 'digital', 'telephone', 'actions'];

function capture(): { io: CommandIo; stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (text) => out.push(text), stderr: (text) => err.push(text), isTTY: false },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split(sep).join('/'), await readFile(path));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

async function generate(dir: string, seed: number, responses: number): Promise<void> {
  const run = capture();
  expect(await generateCommand({ seed, responses, out: dir }, run.io), run.stderr()).toBe(0);
}

async function validate(dir: string): Promise<{ code: number; issues: Issue[] }> {
  const run = capture();
  const code = await validateCommand({ data: dir, format: 'json', files: [] }, run.io);
  return { code, issues: JSON.parse(run.stdout()) as Issue[] };
}

interface DataSet {
  config: NpsConfig;
  responses: NpsResponse[];
  actions: Action[];
}

async function readDataSet(dir: string): Promise<DataSet> {
  const reading = await readConfigFile(createNodeDataFiles(dir), dir);
  if (!reading.config) throw new Error(`the config of ${dir} does not load: ${JSON.stringify(reading.issues)}`);
  const responses: NpsResponse[] = [];
  const issues: Issue[] = [];
  await ingest({
    config: reading.config,
    configFile: reading.file,
    configSpanOf: reading.spanOf,
    files: createNodeDataFiles(dir),
    onResponse: (response) => responses.push(response),
    onIssue: (issue) => issues.push(issue),
  });
  expect(issues).toEqual([]);
  const names = (await readdir(join(dir, 'actions'))).filter((name) => name.endsWith('.md')).sort();
  const sources = await Promise.all(
    names.map(async (name) => ({ file: `actions/${name}`, text: await readFile(join(dir, 'actions', name), 'utf8') })),
  );
  const actions = parseActions(sources, actionContextOf(reading.config));
  expect(actions.issues).toEqual([]);
  return { config: reading.config, responses, actions: actions.actions };
}

function nps(responses: readonly NpsResponse[]): number {
  const promoters = responses.filter((response) => response.score >= 9).length;
  const detractors = responses.filter((response) => response.score <= 6).length;
  return ((promoters - detractors) / responses.length) * 100;
}

/** The same day `months` months later (or earlier), as an ISO string: 2025-09-01 - 3 = 2025-06-01. */
function shiftMonths(day: string, months: number): string {
  const date = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1 + months, Number(day.slice(8, 10))));
  return date.toISOString().slice(0, 10);
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'nps-generate-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('nps generate', () => {
  it('writes byte-identical files for the same seed and count, and different ones for another seed', async () => {
    await generate(join(scratch, 'a'), 11, 800);
    await generate(join(scratch, 'b'), 11, 800);
    await generate(join(scratch, 'c'), 12, 800);
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((name) => readTree(join(scratch, name))));
    expect([...(b as Map<string, Buffer>).keys()]).toEqual([...(a as Map<string, Buffer>).keys()]);
    for (const [path, bytes] of a as Map<string, Buffer>) expect(b?.get(path)?.equals(bytes), path).toBe(true);
    const changed = [...(a as Map<string, Buffer>)].filter(([path, bytes]) => !c?.get(path)?.equals(bytes));
    expect(changed.map(([path]) => path)).toContain('magasins/avis-magasins-2025.csv');
  });

  it('writes a folder that nps validate accepts without an error or a warning', async () => {
    const dir = join(scratch, 'a');
    const result = await validate(dir);
    expect(result.issues).toEqual([]);
    expect(result.code).toBe(0);
    const text = capture();
    await validateCommand({ data: dir, format: 'text', files: [] }, text.io);
    expect(text.stderr()).toMatch(/^800 valid responses in \d+ files; 0 errors, 0 warnings\n$/);
  });

  it('writes each source as its tool exports it', async () => {
    const tree = await readTree(join(scratch, 'a'));
    const forms = tree.get('magasins/avis-magasins-2025.csv')?.toString('utf8') ?? '';
    expect(forms.startsWith('Horodateur,Quelle est la probabilité que vous recommandiez Maison Lumière à un proche ?,')).toBe(
      true,
    );
    expect(forms).toMatch(/\n\d{2}\/\d{2}\/2025 \d{2}:\d{2}:\d{2},\d{1,2},/);
    expect(forms).not.toContain('\r');
    const phone = tree.get('telephone/enquete-telephonique-2025.csv');
    expect(phone?.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const phoneText = phone?.toString('utf8') ?? '';
    expect(phoneText).toMatch(/\r\n\d{2}\/\d{2}\/2025;TEL-\d{7};\d{1,2};/);
    expect(phoneText).toMatch(/;\d,\d{4}\r\n/);
    const json = JSON.parse(tree.get('digital/export-2025-T2.json')?.toString('utf8') ?? '{}');
    expect(json.exportedAt).toBe('2025-07-01T07:30:00+02:00');
    expect(json.responses[0].submittedAt).toMatch(/^2025-0[4-6]-\d{2}T\d{2}:\d{2}:\d{2}\+02:00$/);
    expect(typeof json.responses[0].npsScore).toBe('number');
  });

  it('gives the benchmark canonical CSV rows that core reads back without an issue', () => {
    const { config } = parseConfig('nps.config.yaml', CANONICAL_CONFIG);
    if (!config) throw new Error('the canonical config does not load');
    const responses: NpsResponse[] = [];
    const issues: Issue[] = [];
    const parser = createCsvParser({
      file: 'canonical.csv',
      source: plainSource('canonical.csv'),
      config,
      ids: new IdRegistry(),
      onResponse: (response) => responses.push(response),
      onIssue: (issue) => issues.push(issue),
    });
    parser.push(`${CANONICAL_HEADER.join(',')}\n`);
    const rows = [...sampleResponses({ seed: 3, responses: 3000 })];
    for (const row of rows) parser.push(canonicalCsvRow(row));
    parser.finish();
    expect(issues).toEqual([]);
    expect(responses.map((response) => [response.score, response.comment, response.segments.store])).toEqual(
      rows.map((row) => [row.score, row.comment, row.store]),
    );
    expect(rows.some((row) => row.comment?.includes('\n'))).toBe(true);
  });

  it('streams exactly the requested number of rows, with unique ids', () => {
    for (const responses of [10, 1234]) {
      const ids = new Set<string>();
      for (const response of sampleResponses({ seed: 5, responses })) ids.add(response.id);
      expect(ids.size).toBe(responses);
    }
  });
});

describe('the committed sample data/', () => {
  let data: DataSet;
  beforeAll(async () => {
    data = await readDataSet(COMMITTED);
  });

  it('is exactly what `pnpm nps generate --seed 2026` writes (regenerate it after changing the generator)', async () => {
    const dir = join(scratch, 'seed-2026');
    await generate(dir, 2026, 12_000);
    const generated = await readTree(dir);
    const committed = await readTree(COMMITTED);
    const ours = (path: string) => path === 'nps.config.yaml' || EXPORT_FOLDERS.some((folder) => path.startsWith(`${folder}/`));
    expect([...committed.keys()].filter(ours)).toEqual([...generated.keys()]);
    const drifted = [...generated].filter(([path, bytes]) => !committed.get(path)?.equals(bytes)).map(([path]) => path);
    expect(drifted).toEqual([]);
  });

  it('validates clean', async () => {
    const result = await validate(COMMITTED);
    expect(result.issues).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('shows the effect of the extra checkouts: fewer queue mentions and a higher NPS after the action', () => {
    const action = data.actions.find((candidate) => candidate.title === 'Caisses supplémentaires aux heures de pointe');
    expect(action?.status).toBe('done');
    const opened = action?.opened ?? '';
    const closed = action?.closed ?? '';
    const matcher = compileThemes(data.config.themes);
    const window = (from: string, until: string) => {
      const responses = data.responses.filter((response) => response.day >= from && response.day < until);
      const mentions = responses.filter(
        (response) => response.comment !== undefined && matcher.match(response.comment).includes('attente-caisse'),
      );
      return { nps: nps(responses), share: mentions.length / responses.length, n: responses.length };
    };
    // The 3 months before it opened, against the 3 months after it closed (December's rush included).
    const before = window(shiftMonths(opened, -3), opened);
    const after = window(shiftDay(closed, 1), shiftDay(shiftMonths(closed, 3), 1));
    expect(before.n).toBeGreaterThan(1000);
    expect(after.n).toBeGreaterThan(1000);
    expect(after.nps - before.nps).toBeGreaterThanOrEqual(5);
    expect(after.share).toBeLessThan(before.share / 2);
  });

  it('finds, with the config keywords, the themes each comment was written about', () => {
    const matcher = compileThemes(data.config.themes);
    const missed: string[] = [];
    const spurious: string[] = [];
    for (const response of sampleResponses({ seed: 2026, responses: 12_000 })) {
      if (response.comment === undefined) continue;
      const found = matcher.match(response.comment);
      for (const theme of response.themes) if (!found.includes(theme)) missed.push(`${theme}: ${response.comment}`);
      for (const theme of found) if (!response.themes.includes(theme)) spurious.push(`${theme}: ${response.comment}`);
    }
    expect(missed).toEqual([]);
    expect(spurious).toEqual([]);
  });

  it('tells the story the site is meant to show', () => {
    const { responses } = data;
    const byMonth = groupBy(responses, (response) => response.day.slice(0, 7));
    const busiest = [...byMonth].sort((a, b) => b[1].length - a[1].length).slice(0, 2);
    expect(busiest.map(([month]) => month).sort()).toEqual(['2024-12', '2025-12']);
    expect(nps(byMonth.get('2024-12') ?? [])).toBeLessThan(nps(responses) - 10);

    const byStore = [
      ...groupBy(
        responses.filter((response) => response.segments.store),
        (response) => response.segments.store as string,
      ),
    ];
    const ranked = byStore.map(([store, list]) => ({ store, nps: nps(list) })).sort((a, b) => a.nps - b.nps);
    expect(ranked[0]?.store).toBe('Vélizy 2');
    expect(ranked.at(-1)?.store).toBe('Bordeaux Mériadeck');
    expect(new Set(responses.map((response) => response.segments.channel))).toEqual(
      new Set(['magasin', 'web', 'application', 'téléphone']),
    );

    const commented = responses.filter((response) => response.comment !== undefined);
    expect(commented.length / responses.length).toBeGreaterThan(0.4);
    expect(commented.length / responses.length).toBeLessThan(0.5);
    expect(commented.filter((response) => response.language === 'en').length).toBeGreaterThan(100);
    expect(commented.filter((response) => response.comment?.includes('\n')).length).toBeGreaterThan(50);
    const contacts = commented.filter((response) =>
      /@example\.(com|org|net)|\b0[16] ?(99|39) ?(00|98)/.test(response.comment ?? ''),
    );
    expect(contacts.length).toBeGreaterThanOrEqual(5);
    expect(contacts.length).toBeLessThan(60);

    const answers = groupBy(
      responses.filter((response) => response.respondent),
      (response) => response.respondent as string,
    );
    const repeat = [...answers.values()].filter(
      (list) => new Set(list.map((response) => response.day.slice(0, 7))).size > 1,
    ).length;
    expect(repeat / answers.size).toBeGreaterThan(0.12);
    expect(repeat / answers.size).toBeLessThan(0.2);

    const detractors = responses.filter((response) => response.score <= 6 && response.respondent);
    const replied = detractors.filter((response) => response.repliedAt !== undefined);
    expect(replied.length / detractors.length).toBeGreaterThan(0.7);
    expect(replied.length / detractors.length).toBeLessThan(0.95);
    const weighted = responses.filter((response) => response.weight !== undefined);
    expect(weighted.every((response) => response.segments.channel === 'téléphone')).toBe(true);
    expect(weighted.length).toBeGreaterThan(500);
  });
});

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
