import { Worker } from 'node:worker_threads';
import type { GalleryFiles, GallerySource } from './gallery-files.ts';
import type { LoadedReport } from './load-report.ts';

/**
 * Reading a big data set takes seconds, and Astro spends its first seconds bundling the pages
 * without needing the data: scripts/src/build-site.ts starts this worker before Astro's build, and
 * the pages' loadReport() takes the worker's result instead of reading the data itself. On two
 * cores, the reading of 1M responses overlaps the bundling, and the writing of the gallery's data
 * chunks overlaps the rendering of the pages.
 * The handover is a global promise: the pages run from Astro's bundle, which holds its own copy of
 * this module, so a module variable would not be shared.
 */
export const REPORT_FROM_WORKER = Symbol.for('nps-pages.report-from-worker');

/** The report without the gallery's files, which travel apart (a function does not cross threads). */
type LoadedWithoutFiles = Omit<LoadedReport, 'gallery'> & { gallery: Omit<GallerySource, 'files'> };

export type ReportFromWorker =
  | { kind: 'report'; loaded: LoadedWithoutFiles; seconds: number }
  | { kind: 'gallery-files'; files: GalleryFiles }
  | { kind: 'failed'; message: string };

type WithReport = { [REPORT_FROM_WORKER]?: Promise<LoadedReport> };

export function startReportWorker(dataDir: string): Promise<LoadedReport> {
  const worker = new Worker(new URL('./report-worker.ts', import.meta.url), { workerData: { dataDir } });
  // A build that fails for another reason must not wait for the worker.
  worker.unref();
  let settleFiles: { resolve: (files: GalleryFiles) => void; reject: (error: Error) => void } | undefined;
  const files = new Promise<GalleryFiles>((resolve, reject) => {
    settleFiles = { resolve, reject };
  });
  const report = new Promise<LoadedReport>((resolve, reject) => {
    const fail = (error: Error) => {
      reject(error);
      settleFiles?.reject(error);
    };
    worker.on('message', (message: ReportFromWorker) => {
      if (message.kind === 'failed') return fail(new Error(message.message));
      if (message.kind === 'gallery-files') return settleFiles?.resolve(message.files);
      const { loaded, seconds } = message;
      const { n, comments } = loaded.report.meta;
      console.log(
        `[nps] ${n.toLocaleString('en')} responses and ${comments.toLocaleString('en')} comments read in ${seconds.toFixed(1)} s`,
      );
      resolve({ ...loaded, gallery: { ...loaded.gallery, files: () => files } });
    });
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`the data reading worker stopped (exit code ${code}) before it was done`)));
  });
  // Nobody may be waiting yet (Astro is bundling): the pages see the rejection when they ask.
  report.catch(() => {});
  files.catch(() => {});
  (globalThis as WithReport)[REPORT_FROM_WORKER] = report;
  return report;
}

/** The worker's report when build-site.ts started one, else undefined (astro dev, tests). */
export function reportFromWorker(): Promise<LoadedReport> | undefined {
  return (globalThis as WithReport)[REPORT_FROM_WORKER];
}
