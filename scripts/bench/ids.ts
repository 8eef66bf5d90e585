// Duplicate-id detection on a million ids (a script that prints figures, not a test): core's
// IdRegistry against the Map<string, number> it replaced, same ids, same order; in increasing
// order (sequential ids, the registry's append-only path) and shuffled (its hash table).
// Usage: node --expose-gc scripts/bench/ids.ts [--ids N] [--runs N]
import { parseArgs } from 'node:util';
import { IdRegistry } from '../../core/src/parse/id-registry.ts';
import { StringInterner } from '../../core/src/stats/interner.ts';
import { median } from './lib/measure.ts';

const { values } = parseArgs({
  options: { ids: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '5' } },
});
const count = Number(values.ids);
const runs = Number(values.runs);
// Ids as the sample generator writes them, built fresh like sliced CSV cells (not interned literals).
const sorted = Array.from({ length: count }, (_, index) => `R-${String(index + 1).padStart(7, '0')}`);
// A fixed shuffle (Fisher-Yates with a small LCG), so every run measures the same order.
const shuffled = [...sorted];
let seed = 1;
for (let index = shuffled.length - 1; index > 0; index--) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  const other = seed % (index + 1);
  [shuffled[index], shuffled[other]] = [shuffled[other] as string, shuffled[index] as string];
}
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function measure(name: string, claimAll: () => number): void {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    gc();
    const started = process.cpuUsage();
    const duplicates = claimAll();
    const used = process.cpuUsage(started);
    times.push((used.user + used.system) / 1000);
    if (duplicates !== 0) throw new Error(`${name}: ${duplicates} false duplicates`);
  }
  console.log(`${name}: median ${median(times).toFixed(0)} ms of CPU (${times.map((t) => t.toFixed(0)).join(', ')})`);
}

for (const [order, ids] of [
  ['increasing', sorted],
  ['shuffled', shuffled],
] as const) {
  measure(`IdRegistry, ${order}`, () => {
    const registry = new IdRegistry();
    let duplicates = 0;
    for (let line = 0; line < ids.length; line++)
      if (registry.claim(ids[line] as string, 'responses.csv', line + 2)) duplicates++;
    return duplicates;
  });
  measure(`Map<string, number>, ${order}`, () => {
    const seen = new Map<string, number>();
    let duplicates = 0;
    for (let line = 0; line < ids.length; line++) {
      const id = ids[line] as string;
      if (seen.has(id)) duplicates++;
      else seen.set(id, line + 2);
    }
    return duplicates;
  });
}

// Respondent ids for migration (core/src/stats/interner.ts): a third of the answers come from a
// respondent already seen, in no particular order.
const respondents = shuffled.map((id, index) => (index % 3 === 2 ? (shuffled[index - 2] as string) : id).replace('R-', 'C-'));
measure('StringInterner, respondents', () => {
  const interner = new StringInterner();
  for (const id of respondents) interner.intern(id);
  return 0;
});
measure('Map<string, number>, respondents', () => {
  const index = new Map<string, number>();
  for (const id of respondents) if (!index.has(id)) index.set(id, index.size);
  return 0;
});
