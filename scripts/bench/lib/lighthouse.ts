// Lighthouse (npm `lighthouse`, its default mobile settings: Moto G Power viewport, simulated slow
// 4G and 4x CPU slowdown) run against Debian's Chromium as a child process, one page at a time.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

// Asynchronous on purpose: the static server runs in this process, and a synchronous child would
// block the event loop that has to answer Lighthouse's requests.
const run = promisify(execFile);

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

export async function lighthouseScores(options: { root: string; url: string; chromePath: string }): Promise<Scores> {
  const folder = mkdtempSync(join(tmpdir(), 'nps-lighthouse-'));
  const report = join(folder, 'report.json');
  await run(
    join(options.root, 'node_modules/.bin/lighthouse'),
    [
      options.url,
      '--output=json',
      `--output-path=${report}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--quiet',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
    ],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH: options.chromePath }, timeout: 180_000, maxBuffer: 64 * 1024 * 1024 },
  );
  const categories = (JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number | null }> })
    .categories;
  rmSync(folder, { recursive: true, force: true });
  return Object.fromEntries(CATEGORIES.map((name) => [name, Math.round((categories[name]?.score ?? 0) * 100)])) as Scores;
}
