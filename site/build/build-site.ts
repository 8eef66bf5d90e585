// pnpm build:site [--data DIR] [--base /repo/] [--out DIR]: builds the report site with Astro's
// programmatic build(). The options travel as environment variables because the pages read the
// data folder at build time (site/lib/load-report.ts) and astro.config.mjs reads the base path.
import { rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GALLERY_DATA_PATH, writeGalleryChunks } from '../lib/gallery-files.ts';
import { startReportWorker } from '../lib/reading-workers.ts';

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
// The data is read in a worker thread while Astro bundles the pages (site/lib/reading-workers.ts).
// Started before Astro is even imported (0.8 s of module loading): the worker gets a head start.
const reading = startReportWorker(process.env.NPS_DATA_DIR?.trim() || 'data');
// Astro writes into the output folder as it goes: build into a sibling folder and move it into place
// only when the whole build succeeded, so a failed build never leaves a partial report to publish.
const out = resolve(values.out ?? resolve(root, 'dist'));
const staging = `${out}.building`;
// Invalid data fails the build as soon as the reader knows (under a second for a typical export),
// not after Astro and Vite have bundled every page for seconds.
reading.catch((error: unknown) => {
  fail(error);
});
const { build } = await import('astro');
await rm(staging, { recursive: true, force: true });
try {
  await build({
    root,
    ...(values.base ? { base: values.base } : {}),
    outDir: staging,
  });
  // The gallery's data chunks are not Astro routes in a build with the workers: they are written here.
  const { gallery } = await reading;
  if (!gallery.chunkRoutes) await writeGalleryChunks(await gallery.files(), join(staging, GALLERY_DATA_PATH));
  await rm(out, { recursive: true, force: true });
  await rename(staging, out);
} catch (error) {
  fail(error);
}

function fail(error: unknown): never {
  rmSync(staging, { recursive: true, force: true });
  // A stale report from an earlier build must not be published as if it were this data's.
  rmSync(out, { recursive: true, force: true });
  // The loader's message already lists every issue with its position; a stack adds nothing.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
