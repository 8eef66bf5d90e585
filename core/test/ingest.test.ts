import { describe, expect, it } from 'vitest';
import { assignSources, ingest } from '../src/ingest.ts';
import type { Issue } from '../src/issues.ts';
import { createMemoryDataFiles } from '../src/memory-files.ts';
import { parseConfig } from '../src/parse/config.ts';
import { configSchema } from '../src/schema/config.ts';
import type { NpsResponse } from '../src/schema/response.ts';

const CONFIG = `
sources:
  - name: Boutiques
    path: boutiques/*.csv
  - name: Application
    path: app.json
  - name: Archives
    path: archives/**/*.csv
`;

async function run(files: Record<string, string>, options: { only?: string[]; chunk?: number; config?: string } = {}) {
  const reading = parseConfig('data/nps.config.yaml', options.config ?? CONFIG);
  if (!reading.config) throw new Error(JSON.stringify(reading.issues));
  const issues: Issue[] = [];
  const responses: { response: NpsResponse; file: string }[] = [];
  const shown: string[] = [];
  const summary = await ingest({
    config: reading.config,
    configFile: 'data/nps.config.yaml',
    configSpanOf: reading.spanOf,
    files: createMemoryDataFiles(files, {
      display: (path) => `data/${path}`,
      nextChunkSize: options.chunk ? () => options.chunk as number : undefined,
    }),
    only: options.only,
    onResponse: (response, file) => responses.push({ response, file }),
    onIssue: (issue) => issues.push(issue),
    onFile: (file, index, total) => shown.push(`${index + 1}/${total} ${file}`),
  });
  return { summary, issues, responses, shown };
}

const STORE = 'date,score\n2026-03-02,9\n2026-03-03,4\n';
const APP = '[{"date": "2026-03-04", "score": 10}]';

describe('ingest', () => {
  it('reads each file with the first source matching it, and shows paths through display()', async () => {
    const result = await run({
      'boutiques/lyon.csv': STORE,
      'app.json': APP,
      'archives/2025/q4.csv': STORE,
      'notes.md': '# ignored',
    });
    expect(result.issues).toEqual([]);
    expect(result.summary).toEqual({
      files: [
        { path: 'data/app.json', source: 'Application', responses: 1 },
        { path: 'data/archives/2025/q4.csv', source: 'Archives', responses: 2 },
        { path: 'data/boutiques/lyon.csv', source: 'Boutiques', responses: 2 },
      ],
      responses: 5,
      excluded: { missingScore: 0 },
    });
    expect(result.shown).toEqual(['1/3 app.json', '2/3 archives/2025/q4.csv', '3/3 boutiques/lyon.csv']);
    expect(result.responses.map(({ file, response }) => `${file} ${response.day} ${response.score}`)).toContain(
      'data/app.json 2026-03-04 10',
    );
  });

  it('reports a source that matches no file at its path in the config', async () => {
    const result = await run({ 'boutiques/lyon.csv': STORE, 'app.json': APP });
    expect(result.issues).toEqual([
      {
        file: 'data/nps.config.yaml',
        line: 8,
        column: 11,
        endLine: 8,
        endColumn: 28,
        code: 'NPS005',
        severity: 'error',
        message: 'no file matches "archives/**/*.csv"',
      },
    ]);
  });

  it('checks only the files asked for, and reads an unmatched one with canonical headers', async () => {
    const result = await run(
      { 'boutiques/lyon.csv': STORE, 'app.json': APP, 'extra.csv': STORE },
      { only: ['extra.csv', 'app.json'] },
    );
    expect(result.issues).toEqual([]);
    expect(result.summary.files.map((file) => `${file.path} ${file.source} ${file.responses}`)).toEqual([
      'data/extra.csv extra.csv 2',
      'data/app.json Application 1',
    ]);
  });

  it('reports a file that cannot be read or whose format is unknown, and goes on', async () => {
    const result = await run(
      { 'boutiques/lyon.csv': STORE, 'notes.ods': 'PK' },
      { only: ['missing.csv', 'notes.ods', 'boutiques/lyon.csv'] },
    );
    expect(result.issues.map(({ file, code, line, column }) => `${file}:${line}:${column} ${code}`)).toEqual([
      'data/missing.csv:1:1 NPS007',
      'data/notes.ods:1:1 NPS008',
    ]);
    expect(result.summary.responses).toBe(2);
  });

  it('finds a duplicate id across files, pointing back at the first one', async () => {
    const first = 'id,date,score\nA1,2026-03-02,9\n';
    const second = 'id,date,score\nB7,2026-03-02,9\nA1,2026-03-05,3\n';
    const result = await run(
      { 'boutiques/a.csv': first, 'boutiques/b.csv': second, 'app.json': APP, 'archives/x.csv': STORE },
      { chunk: 3 },
    );
    expect(result.issues).toEqual([
      expect.objectContaining({
        file: 'data/boutiques/b.csv',
        line: 3,
        column: 1,
        endColumn: 3,
        code: 'NPS230',
        message: 'the id "A1" is already used at data/boutiques/a.csv:2',
      }),
    ]);
  });
});

describe('createMemoryDataFiles', () => {
  it('streams a file in the chunk sizes asked for, and lists paths sorted', async () => {
    const sizes = [2, 1, 100];
    let turn = 0;
    const files = createMemoryDataFiles(
      { 'b.csv': 'abcdefg', 'a.csv': '' },
      { nextChunkSize: () => sizes[turn++ % 3] as number },
    );
    const chunks: string[] = [];
    for await (const chunk of files.readChunks('b.csv')) chunks.push(chunk as string);
    expect(chunks).toEqual(['ab', 'c', 'defg']);
    expect(await files.list()).toEqual(['a.csv', 'b.csv']);
    expect(files.display('a.csv')).toBe('a.csv');
  });
});

describe('assignSources', () => {
  it('never reads the actions and the frozen editions as response exports, whatever the glob', () => {
    const config = configSchema.parse({ sources: [{ path: '**/*' }] });
    const paths = ['exports/a.json', 'editions/2026-T3/responses.json', 'actions/x.md', 'b.csv'];
    expect(assignSources(config, paths).map((entry) => entry.path)).toEqual(['exports/a.json', 'b.csv']);
  });
});
