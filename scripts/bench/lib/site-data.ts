// Big data sets for the site benchmark: the sample generator's responses in one canonical CSV,
// with the sample's config (themes, segments, benchmarks) and actions, so the site built from it
// has every page the sample has, only with more rows.
import { once } from 'node:events';
import { copyFileSync, createWriteStream, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CANONICAL_HEADER, canonicalCsvRow, csvRow } from '../../src/generate/csv.ts';
import { sampleResponses } from '../../src/generate/sample.ts';

export interface WrittenDataSet {
  folder: string;
  responses: number;
  comments: number;
}

/** The sample config with its three survey sources replaced by one canonical CSV. */
function canonicalConfig(sampleConfig: string): string {
  const start = sampleConfig.search(/^sources:/m);
  const end = sampleConfig.search(/^segments:/m);
  if (start < 0 || end < start) throw new Error('data/nps.config.yaml: no sources: ... segments: block to replace');
  return `${sampleConfig.slice(0, start)}sources:\n  - path: responses.csv\n\n${sampleConfig.slice(end)}`;
}

export async function writeBenchDataSet(options: {
  root: string;
  folder: string;
  responses: number;
  seed?: number;
}): Promise<WrittenDataSet> {
  mkdirSync(join(options.folder, 'actions'), { recursive: true });
  writeFileSync(
    join(options.folder, 'nps.config.yaml'),
    canonicalConfig(readFileSync(join(options.root, 'data/nps.config.yaml'), 'utf8')),
  );
  for (const name of readdirSync(join(options.root, 'data/actions'))) {
    copyFileSync(join(options.root, 'data/actions', name), join(options.folder, 'actions', name));
  }
  const out = createWriteStream(join(options.folder, 'responses.csv'), { encoding: 'utf8', highWaterMark: 1 << 20 });
  out.write(csvRow(CANONICAL_HEADER, { delimiter: ',', newline: '\n' }));
  let responses = 0;
  let comments = 0;
  for (const response of sampleResponses({ seed: options.seed ?? 1, responses: options.responses })) {
    if (!out.write(canonicalCsvRow(response))) await once(out, 'drain');
    responses++;
    if (response.comment) comments++;
  }
  out.end();
  await once(out, 'finish');
  return { folder: options.folder, responses, comments };
}
