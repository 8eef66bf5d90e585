// The report's part of an Astro build, as an integration (the way @astrojs/sitemap hooks into a
// build): a plain `astro build` and `pnpm build:site` are then the same build. The data is read in
// workers while Astro bundles the pages (site/lib/reading-workers.ts), invalid data stops the build
// as soon as the reader knows, and the gallery's data chunks are written into the output at the end.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { GALLERY_DATA_PATH, writeGalleryChunks } from '../lib/gallery-files.ts';
import type { LoadedReport } from '../lib/loaded-report.ts';
import { reportFromWorker, startReportWorker } from '../lib/reading-workers.ts';

/** The data folder of a build: $NPS_DATA_DIR (build-site.ts sets it from --data), else `data`. */
export function dataDirOf(env: NodeJS.ProcessEnv = process.env): string {
  return env.NPS_DATA_DIR?.trim() || 'data';
}

export function npsReport(): AstroIntegration {
  let reading: Promise<LoadedReport> | undefined;
  let outDir: string | undefined;
  return {
    name: 'nps-pages-report',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // `astro dev` reads the data in the pages (site/lib/load-report.ts) and reads it again on edits.
        if (command !== 'build') return;
        // build-site.ts starts the workers before Astro is imported, for a head start; a plain
        // `astro build` starts them here.
        reading = reportFromWorker() ?? startReportWorker(dataDirOf());
        // Invalid data fails the build as soon as the reader knows (under a second for a typical
        // export), not after Astro and Vite have bundled every page for seconds.
        reading.catch((error: unknown) => {
          // The reader's message already lists every issue with its position; a stack adds nothing.
          logger.error(error instanceof Error ? error.message : String(error));
          // Astro writes into its output as it goes: a partial report must never be published.
          if (outDir) rmSync(outDir, { recursive: true, force: true });
          process.exit(1);
        });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir }) => {
        if (!reading) return;
        // The gallery's data chunks are not Astro routes in a build with the workers: they are written here.
        const { gallery } = await reading;
        if (!gallery.chunkRoutes) {
          await writeGalleryChunks(await gallery.files(), join(fileURLToPath(dir), GALLERY_DATA_PATH));
        }
      },
    },
  };
}
