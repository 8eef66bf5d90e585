import { describe, expect, it } from 'vitest';
import { readDataSet } from '../../src/data-set/read-data-set.ts';
import { createMemoryDataFiles } from '../../src/memory-files.ts';
import type { NpsResponse } from '../../src/schema/response.ts';

const CONFIG = `sources:
  - path: magasins/*.csv
    name: Magasins
  - path: app/*.json
ignore: [notes/*.txt]
`;
const STORE = 'date,score,comment\n2026-03-02,9,Très bien\n2026-03-03,,\n2026-03-04,3,Trop d’attente\n';

async function read(files: Record<string, string | Uint8Array>, only?: string[]) {
  const responses: NpsResponse[] = [];
  const reading = await readDataSet({
    files: createMemoryDataFiles(files, { display: (path) => `data/${path}` }),
    folder: 'data',
    ...(only ? { only } : {}),
    onResponse: (response) => void responses.push(response),
  });
  const issues = reading.issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.severity} ${i.code} ${i.message}`);
  return { reading, responses, issues };
}

describe('readDataSet', () => {
  it('leaves a partial answer out of the figures with a warning, and counts it', async () => {
    const { reading, responses, issues } = await read({ 'nps.config.yaml': CONFIG, 'magasins/lyon.csv': STORE });
    expect(responses.map((response) => response.score)).toEqual([9, 3]);
    expect(issues).toEqual([
      'data/magasins/lyon.csv:3:12 warning NPS201 no score: a partial answer, left out of the figures',
      'data/nps.config.yaml:4:11 error NPS005 no file matches "app/*.json"',
    ]);
    expect(reading.summary?.excluded).toEqual({ missingScore: 1 });
  });

  it('makes a partial answer an error where the source says missingScore: error', async () => {
    const strict = CONFIG.replace('    name: Magasins\n', '    name: Magasins\n    missingScore: error\n');
    const { issues } = await read({ 'nps.config.yaml': strict, 'magasins/lyon.csv': STORE, 'app/a.json': '[]' });
    expect(issues).toContain('data/magasins/lyon.csv:3:12 error NPS201 the score is missing');
  });

  it('names every file that no source reads, with the source whose glob almost matches it', async () => {
    const { issues } = await read({
      'nps.config.yaml': CONFIG,
      'magasins/lyon.csv': STORE,
      'magasin/paris.csv': STORE,
      'app/a.json': '[{"date": "2026-03-02", "score": 10}]',
      'exports/2026-03 Qualtrics export (final).xlsx': new Uint8Array([0x50, 0x4b]),
      'notes/todo.txt': 'ignored on purpose',
      'actions/caisses.md': '---\ntitle: Caisses\nowner: Ops\nstatus: planned\nopened: 2026-03-01\n---\n',
    });
    expect(issues.filter((issue) => issue.includes('NPS010'))).toEqual([
      'data/exports/2026-03 Qualtrics export (final).xlsx:1:1 warning NPS010 no source reads this file',
      'data/magasin/paris.csv:1:1 warning NPS010 no source reads this file; the source "Magasins" reads "magasins/*.csv"',
    ]);
  });

  it('reads a Windows-1252 export with its accents intact and says which encoding it used', async () => {
    const bytes = Uint8Array.from([...'date;score;comment\r\n2026-03-02;9;Très bon accueil\r\n'].map((c) => c.charCodeAt(0)));
    const { responses, issues } = await read({ 'nps.config.yaml': CONFIG, 'magasins/lyon.csv': bytes, 'app/a.json': '[]' });
    expect(responses[0]?.comment).toBe('Très bon accueil');
    expect(issues).toContain(
      'data/magasins/lyon.csv:1:1 warning NPS011 not UTF-8 (byte 0xE8 at line 2, column 16): read as Windows-1252',
    );
  });

  it('reports a missing config as NPS004 and reads nothing else', async () => {
    const { reading, issues } = await read({ 'magasins/lyon.csv': STORE });
    expect(issues).toEqual(['data/nps.config.yaml:1:1 error NPS004 no nps.config.yaml in data']);
    expect(reading.summary).toBeUndefined();
  });

  it('checks only the files asked for, and no unread files then', async () => {
    const { issues } = await read({ 'nps.config.yaml': CONFIG, 'magasins/lyon.csv': STORE, 'stray.csv': STORE }, [
      'magasins/lyon.csv',
    ]);
    expect(issues).toEqual(['data/magasins/lyon.csv:3:12 warning NPS201 no score: a partial answer, left out of the figures']);
  });
});
