import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type Action, readActions } from '../../src/actions.ts';
import { ingest } from '../../src/ingest.ts';
import type { Issue } from '../../src/issues.ts';
import { createMemoryDataFiles } from '../../src/memory-files.ts';
import { parseConfig } from '../../src/parse/config.ts';
import { configSchema, type NpsConfig } from '../../src/schema/config.ts';
import type { NpsResponse } from '../../src/schema/response.ts';

/** A data folder read as the site reads it: config, responses through ingest, actions. */
export interface LoadedData {
  config: NpsConfig;
  responses: NpsResponse[];
  actions: Action[];
  issues: Issue[];
}

export function readFolder(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('expected')) continue;
    const path = relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/');
    files[path] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

export async function loadData(files: Record<string, string>): Promise<LoadedData> {
  const reading = parseConfig('nps.config.yaml', files['nps.config.yaml'] ?? '');
  if (!reading.config) throw new Error(`invalid fixture config: ${JSON.stringify(reading.issues)}`);
  const config = reading.config;
  const issues: Issue[] = [...reading.issues];
  const responses: NpsResponse[] = [];
  const dataFiles = createMemoryDataFiles(files);
  await ingest({
    config,
    configFile: 'nps.config.yaml',
    configSpanOf: reading.spanOf,
    files: dataFiles,
    onResponse: (response) => responses.push(response),
    onIssue: (issue) => issues.push(issue),
  });
  const actions = await readActions({
    files: dataFiles,
    context: { themeIds: config.themes.map((theme) => theme.id), segmentFields: config.segments.map((segment) => segment.field) },
  });
  return { config, responses, actions: actions.actions, issues: [...issues, ...actions.issues] };
}

/** A config for in-code data sets: one CSV source, the given segments and themes. */
export function makeConfig(overrides: Record<string, unknown> = {}): NpsConfig {
  return configSchema.parse({ sources: [{ path: 'responses.csv' }], ...overrides });
}

/** A response of `day` with `score`; the rest optional. */
export function response(day: string, score: number, extra: Partial<NpsResponse> = {}): NpsResponse {
  return { day, score, segments: {}, ...extra };
}

/** Deterministic shuffle (mulberry32), so a failing order is reproduced run after run. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}
