// The ingestion benchmark (a script that prints figures, not a test): 1M responses with quoted,
// multi-line comments in one CSV, then `nps stats --json` over it (reading, validation and
// aggregation, start-up included) against a baseline measured in the same run: DuckDB read_csv +
// GROUP BY month on the same file. Goal: ratio <= 1.5 and peak RSS <= 250 MB.
// Usage: node scripts/bench/ingest.ts [--responses N] [--runs N]
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CANONICAL_HEADER, canonicalCsvRow, csvRow } from '../src/generate/csv.ts';
import { sampleResponses } from '../src/generate/sample.ts';
import { median, megabytes, type Run, runNode } from './lib/measure.ts';

const { values } = parseArgs({
  options: { responses: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '3' } },
});
const responses = Number(values.responses);
const runs = Number(values.runs);
const root = new URL('../..', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'nps-bench-ingest-'));
const csv = join(folder, 'responses.csv');

async function writeData(): Promise<number> {
  const out = createWriteStream(csv, { encoding: 'utf8', highWaterMark: 1 << 20 });
  out.write(csvRow(CANONICAL_HEADER, { delimiter: ',', newline: '\n' }));
  let written = 0;
  for (const response of sampleResponses({ seed: 1, responses })) {
    if (!out.write(canonicalCsvRow(response))) await once(out, 'drain');
    written++;
  }
  out.end();
  await once(out, 'finish');
  writeFileSync(
    join(folder, 'nps.config.yaml'),
    'sources:\n  - path: responses.csv\nsegments:\n  - field: channel\n  - field: store\n  - field: region\n',
  );
  return written;
}

const written = await writeData();
console.log(`${written.toLocaleString('en')} responses, ${megabytes(statSync(csv).size)} of CSV (${csv})`);

const ours: Run[] = [];
const duckdb: Run[] = [];
for (let run = 0; run < runs; run++) {
  // Interleaved, so that a noisy neighbour slows both sides alike.
  ours.push(runNode(['scripts/src/cli.ts', 'stats', '--json', '--data', folder], { cwd: root }));
  duckdb.push(runNode(['scripts/bench/lib/duckdb-baseline.ts', csv], { cwd: root }));
}
const ourN = JSON.parse(ours[0]?.stdout ?? '{}').n;
const duckN = JSON.parse(duckdb[0]?.stdout ?? '{}').n;
if (ourN !== duckN) console.log(`WARNING: nps stats counted ${ourN} responses, DuckDB ${duckN}`);

const ourSeconds = median(ours.map((run) => run.seconds));
const duckSeconds = median(duckdb.map((run) => run.seconds));
console.log(
  `nps stats --json: median ${ourSeconds.toFixed(2)} s (${ours.map((run) => run.seconds.toFixed(2)).join(', ')}), peak RSS ${megabytes(Math.max(...ours.map((run) => run.peakBytes)))}`,
);
console.log(
  `DuckDB baseline:  median ${duckSeconds.toFixed(2)} s (${duckdb.map((run) => run.seconds.toFixed(2)).join(', ')}), peak RSS ${megabytes(Math.max(...duckdb.map((run) => run.peakBytes)))}`,
);
console.log(`ratio ${(ourSeconds / duckSeconds).toFixed(2)} (goal <= 1.5); peak RSS goal <= 250 MB`);
rmSync(folder, { recursive: true, force: true });
