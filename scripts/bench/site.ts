// The site's budgets (a script that prints figures, not a test), each measured on a real build:
//   1. Lighthouse, mobile: overview, a segment page, a theme page, the gallery (goal 100 in all four categories);
//   2. overview transfer, gzipped, every chart in view, and which scripts load up front (goal <= 40 KB, no chart JS);
//   3. gallery with ~100k verbatims: first page transfer (goal <= 150 KB) and search latency per keystroke,
//      median in Chromium (goal <= 100 ms); the engine alone against MiniSearch/Pagefind: scripts/bench/gallery-search.ts;
//   4. build time with 1M responses against 10k in the same run (goal ratio <= 2.5).
// Usage: node scripts/bench/site.ts [--small 10000] [--large 1000000] [--gallery-verbatims 100000] [--build-runs 5] [--skip lighthouse,gallery,build]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../../site/test/harness/browser.ts';
import { buildSiteOrThrow } from '../../site/test/harness/build.ts';
import { representativePages } from '../../site/test/harness/dist-files.ts';
import { serveStatic } from '../../site/test/harness/static-server.ts';
import { keystrokeLatencies } from './lib/gallery-latency.ts';
import { lighthouseScores } from './lib/lighthouse.ts';
import { median } from './lib/measure.ts';
import { measureTransfer } from './lib/page-transfer.ts';
import { writeBenchDataSet } from './lib/site-data.ts';

const { values } = parseArgs({
  options: {
    small: { type: 'string', default: '10000' },
    large: { type: 'string', default: '1000000' },
    'gallery-verbatims': { type: 'string', default: '100000' },
    skip: { type: 'string', default: '' },
    'build-runs': { type: 'string', default: '5' },
  },
});
const skip = new Set(values.skip.split(',').filter(Boolean));
const root = new URL('../..', import.meta.url).pathname;
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'nps-bench-site-'));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function withSite<T>(dist: string, run: (url: string) => Promise<T>): Promise<T> {
  const server = await serveStatic({ root: dist });
  try {
    return await run(server.url);
  } finally {
    await server.close();
  }
}

// 1 and 2: the sample data (12,000 responses).
const sample = await buildSiteOrThrow({ data: 'data', outDir: join(work, 'sample') });
console.log(`sample site built in ${sample.seconds.toFixed(1)} s`);
const pages = representativePages(sample.outDir);
const measured = {
  overview: '',
  segment: pages.find((page) => /^segments\/[^/]+\/[^/]+\/$/.test(page)) ?? 'segments/',
  theme: pages.find((page) => /^themes\/[^/]+\/$/.test(page)) ?? 'themes/',
  gallery: 'verbatims/',
};
await withSite(sample.outDir, async (url) => {
  if (!skip.has('lighthouse')) {
    console.log('\nLighthouse, mobile (goal: 100 everywhere)');
    for (const [name, page] of Object.entries(measured)) {
      const scores = await lighthouseScores({ root, url: url + page, chromePath });
      console.log(
        `  ${name.padEnd(9)} /${page.padEnd(32)} ${Object.entries(scores)
          .map(([category, score]) => `${category} ${score}`)
          .join(', ')}`,
      );
    }
  }
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const overview = await measureTransfer(await context.newPage(), url);
  await browser.close();
  console.log(
    `\noverview transfer: ${kb(overview.gzipBytes)} gzipped (${kb(overview.rawBytes)} raw, ${overview.requests} requests; goal <= 40 KB)`,
  );
  console.log(`  scripts loaded up front: ${overview.scripts.length === 0 ? 'none' : overview.scripts.join(', ')}`);
});

// 3: a gallery of about N verbatims (the generator comments about 45% of responses).
if (!skip.has('gallery')) {
  const target = Number(values['gallery-verbatims']);
  const data = await writeBenchDataSet({ root, folder: join(work, 'gallery-data'), responses: Math.round(target / 0.45) });
  const gallery = await buildSiteOrThrow({ data: data.folder, outDir: join(work, 'gallery') });
  console.log(
    `\ngallery: ${data.comments.toLocaleString('en')} verbatims (${data.responses.toLocaleString('en')} responses), built in ${gallery.seconds.toFixed(1)} s`,
  );
  await withSite(gallery.outDir, async (url) => {
    const browser = await launchBrowser();
    const context = await browser.newContext();
    const first = await measureTransfer(await context.newPage(), `${url}verbatims/`);
    console.log(`  first page: ${kb(first.gzipBytes)} gzipped, ${first.requests} requests (goal <= 150 KB)`);
    const page = await context.newPage();
    await page.goto(`${url}verbatims/`);
    const latencies = await keystrokeLatencies(page, ['attente caisse', 'livraison', 'vendeur', 'remboursement']);
    const sorted = [...latencies].sort((a, b) => a - b);
    const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
    console.log(
      `  search: median ${median(latencies).toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms over ${latencies.length} keystrokes (goal: median <= 100 ms)`,
    );
    await browser.close();
  });
}

// 4: build time, 10k against 1M responses in this run: the two builds alternate `--build-runs` times
// (this machine is shared: one pair can be 20% off), and the ratio is that of the medians.
if (!skip.has('build')) {
  const sizes = [
    ['small', Number(values.small)],
    ['large', Number(values.large)],
  ] as const;
  const folders: Record<string, string> = {};
  for (const [name, responses] of sizes) {
    folders[name] = (await writeBenchDataSet({ root, folder: join(work, `build-${name}`), responses })).folder;
  }
  const seconds: Record<string, number[]> = { small: [], large: [] };
  for (let run = 0; run < Number(values['build-runs']); run++) {
    for (const [name] of sizes) {
      const build = await buildSiteOrThrow({ data: folders[name] as string, outDir: join(work, `dist-${name}`) });
      seconds[name]?.push(build.seconds);
    }
  }
  for (const [name, responses] of sizes) {
    const times = seconds[name] ?? [];
    console.log(
      `\nbuild with ${responses.toLocaleString('en')} responses: median ${median(times).toFixed(1)} s (${times.map((time) => time.toFixed(1)).join(', ')})`,
    );
  }
  const ratio = median(seconds.large ?? []) / median(seconds.small ?? []);
  console.log(`build time ratio large/small (medians): ${ratio.toFixed(2)} (goal <= 2.5)`);
}

rmSync(work, { recursive: true, force: true });
