// Lighthouse (npm `lighthouse`, its default mobile settings: Moto G Power viewport, simulated slow
// 4G and 4x CPU slowdown) run against Debian's Chromium as a child process, one page at a time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

export function lighthouseScores(options: { root: string; url: string; chromePath: string }): Scores {
  const folder = mkdtempSync(join(tmpdir(), 'nps-lighthouse-'));
  const report = join(folder, 'report.json');
  const result = spawnSync(
    join(options.root, 'node_modules/.bin/lighthouse'),
    [
      options.url,
      '--output=json',
      `--output-path=${report}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--quiet',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
    ],
    { encoding: 'utf8', env: { ...process.env, CHROME_PATH: options.chromePath } },
  );
  if (result.status !== 0) throw new Error(`lighthouse ${options.url} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  const categories = (JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number | null }> }).categories;
  rmSync(folder, { recursive: true, force: true });
  return Object.fromEntries(CATEGORIES.map((name) => [name, Math.round((categories[name]?.score ?? 0) * 100)])) as Scores;
}
