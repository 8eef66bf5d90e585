// pnpm build:site [--data DIR] [--base /repo/] [--out DIR]: builds the report site with Astro's
// programmatic build(), the same build as `astro build`. The options travel as environment variables
// because the integration and the pages read the data folder, and astro.config.mjs the base path.
import { rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startReportWorker } from '../lib/reading-workers.ts';
import { dataDirOf } from './integration.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    base: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});

if (values.help) {
  process.stdout.write(
    [
      'Usage: pnpm build:site [--data DIR] [--base PATH] [--out DIR]',
      '  --data DIR   the data folder (default: $NPS_DATA_DIR or data)',
      '  --base PATH  the path the site is served under, e.g. /my-repo/ for GitHub Pages (default: $NPS_BASE or /)',
      '  --out DIR    the output folder (default: dist)',
      '',
    ].join('\n'),
  );
  process.exit(0);
}

// Vite lets these process variables override import.meta.env in the pages: a parent that exports
// them (Vitest does: BASE_URL=/ ...) would silently put every link outside the base path.
for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[key];
if (values.data) process.env.NPS_DATA_DIR = resolve(values.data);
if (values.base) process.env.NPS_BASE = values.base;

const root = resolve(import.meta.dirname, '../..');
// The report's integration (site/build/integration.ts) does the data's part of the build; this
// script adds the command line and the staging folder. Started before Astro is even imported (0.8 s
// of module loading), the reading workers get a head start; the integration takes them over.
startReportWorker(dataDirOf());
// Astro writes into the output folder as it goes: build into a sibling folder and move it into place
// only when the whole build succeeded, so a failed build never leaves a partial report to publish.
const out = resolve(values.out ?? resolve(root, 'dist'));
const staging = `${out}.building`;
let published = false;
// The integration exits as soon as the data is known to be invalid, in the middle of Astro's build.
process.on('exit', () => {
  if (published) return;
  rmSync(staging, { recursive: true, force: true });
  // A stale report from an earlier build must not be published as if it were this data's.
  rmSync(out, { recursive: true, force: true });
});
const { build } = await import('astro');
await rm(staging, { recursive: true, force: true });
try {
  await build({ root, ...(values.base ? { base: values.base } : {}), outDir: staging });
  await rm(out, { recursive: true, force: true });
  await rename(staging, out);
  published = true;
} catch (error) {
  // The loader's message already lists every issue with its position; a stack adds nothing.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
