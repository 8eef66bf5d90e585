import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest.ts';
import { compareIssues, type Issue } from '../src/issues.ts';
import { createMemoryDataFiles } from '../src/memory-files.ts';
import { parseConfig } from '../src/parse/config.ts';
import type { NpsResponse } from '../src/schema/response.ts';

/**
 * The golden fixtures: each folder of core/test/fixtures is a small data folder (a config and the
 * export files exactly as a survey tool writes them) with expected.json, the issues and responses a
 * reader must get. On a mismatch the actual result is written to expected-changed.json beside it
 * (review it, then rename it to accept it); with CI=true nothing is ever written.
 *
 * Each fixture is read twice, in one chunk and in small random chunks, and both must agree: the
 * CLI streams files, so a chunk boundary must never change what a user sees.
 */

const FIXTURES = join(import.meta.dirname, 'fixtures');
/** Folders that are not ingestion cases (front matter of actions has its own tests). */
const NOT_CASES = new Set(['actions', 'report', 'init', 'workbooks']);
const NOT_INPUT = new Set(['expected.json', 'expected-changed.json', 'README.md']);
const CONFIG = 'nps.config.yaml';

interface GoldenResponse extends Omit<NpsResponse, 'at' | 'repliedAt'> {
  file: string;
  /** Instants as ISO strings, so a reviewer can read them in the expected file. */
  at?: string;
  repliedAt?: string;
}

interface Golden {
  summary: {
    responses: number;
    promoters: number;
    passives: number;
    detractors: number;
    /** Unweighted, rounded to one decimal, as the report shows it. */
    nps: number | null;
    files: { path: string; responses: number }[];
  } | null;
  responses: GoldenResponse[];
  issues: Issue[];
}

function readFolder(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || NOT_INPUT.has(entry.name)) continue;
    const path = relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/');
    files[path] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

/** Seeded so that a failing chunking is reproduced run after run (mulberry32). */
function seededChunkSizes(seed: number, max: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const random = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return 1 + Math.floor(random * max);
  };
}

function hashOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

async function runCase(files: Record<string, string>, nextChunkSize?: () => number): Promise<Golden> {
  const configText = files[CONFIG];
  if (configText === undefined) throw new Error(`a fixture needs a ${CONFIG}`);
  const reading = parseConfig(CONFIG, configText.replace(/^\uFEFF/, ''));
  const issues: Issue[] = [...reading.issues];
  if (!reading.config) return { summary: null, responses: [], issues: issues.sort(compareIssues) };

  const responses: GoldenResponse[] = [];
  const summary = await ingest({
    config: reading.config,
    configFile: CONFIG,
    configSpanOf: reading.spanOf,
    files: createMemoryDataFiles(files, { nextChunkSize }),
    onResponse: (response, file) => responses.push(forReading(response, file)),
    onIssue: (issue) => issues.push(issue),
  });
  const promoters = responses.filter((response) => response.score >= 9).length;
  const detractors = responses.filter((response) => response.score <= 6).length;
  const total = responses.length;
  return {
    summary: {
      responses: total,
      promoters,
      passives: total - promoters - detractors,
      detractors,
      nps: total === 0 ? null : Math.round((1000 * (promoters - detractors)) / total) / 10,
      files: summary.files.map(({ path, responses: count }) => ({ path, responses: count })),
    },
    responses,
    issues: issues.sort(compareIssues),
  };
}

function forReading(response: NpsResponse, file: string): GoldenResponse {
  const { at, repliedAt, ...rest } = response;
  const shown: GoldenResponse = { file, ...rest };
  if (at !== undefined) shown.at = new Date(at).toISOString();
  if (repliedAt !== undefined) shown.repliedAt = new Date(repliedAt).toISOString();
  return shown;
}

/** JSON with one response or issue per line: a reviewer reads the diff of expected-changed.json line by line. */
function formatGolden(golden: Golden): string {
  const list = (items: readonly unknown[]): string =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  return `{\n  "summary": ${JSON.stringify(golden.summary)},\n  "responses": ${list(golden.responses)},\n  "issues": ${list(golden.issues)}\n}\n`;
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !NOT_CASES.has(entry.name))
  .map((entry) => entry.name)
  .sort();

describe('golden fixtures', () => {
  it('has the corpus the parsers are held to', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('%s', async (name) => {
    const folder = join(FIXTURES, name);
    const files = readFolder(folder);
    const whole = await runCase(files);
    const chunked = await runCase(files, seededChunkSizes(hashOf(name), 7));
    expect(chunked, 'reading in small chunks must give the same result').toEqual(whole);

    const expectedPath = join(folder, 'expected.json');
    const changedPath = join(folder, 'expected-changed.json');
    const expected: unknown = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : undefined;
    const actual: unknown = JSON.parse(formatGolden(whole));
    const matches = isDeepStrictEqual(actual, expected);
    if (process.env.CI !== 'true') {
      if (matches) rmSync(changedPath, { force: true });
      else writeFileSync(changedPath, formatGolden(whole));
    }
    expect(actual, `${name}: see ${relative(process.cwd(), changedPath)}`).toEqual(expected);
  });
});
