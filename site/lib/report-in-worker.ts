import { Worker } from 'node:worker_threads';
import { type PackedCards, unpackCards } from '@nps-pages/core';
import type { LoadedReport } from './load-report.ts';

/**
 * Reading a big data set takes seconds, and Astro spends its first seconds bundling the pages
 * without needing the data: scripts/src/build-site.ts starts this worker before Astro's build, and
 * the pages' loadReport() takes the worker's result instead of reading the data itself. On two
 * cores, the reading of 1M responses then overlaps the bundling.
 * The handover is a global promise: the pages run from Astro's bundle, which holds its own copy of
 * this module, so a module variable would not be shared.
 */
export const REPORT_FROM_WORKER = Symbol.for('nps-pages.report-from-worker');

export type ReportFromWorker =
  | { ok: true; loaded: LoadedReport; packed: PackedCards; seconds: number }
  | { ok: false; message: string };

type WithReport = { [REPORT_FROM_WORKER]?: Promise<LoadedReport> };

export function startReportWorker(dataDir: string): Promise<LoadedReport> {
  const worker = new Worker(new URL('./report-worker.ts', import.meta.url), { workerData: { dataDir } });
  // A build that fails for another reason must not wait for the worker.
  worker.unref();
  const report = new Promise<LoadedReport>((resolve, reject) => {
    worker.once('message', (message: ReportFromWorker) => {
      if (!message.ok) return reject(new Error(message.message));
      const { loaded, packed, seconds } = message;
      const { n, comments } = loaded.report.meta;
      console.log(
        `[nps] ${n.toLocaleString('en')} responses and ${comments.toLocaleString('en')} comments read in ${seconds.toFixed(1)} s`,
      );
      resolve({ ...loaded, report: { ...loaded.report, verbatims: { ...loaded.report.verbatims, cards: unpackCards(packed) } } });
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the data reading worker stopped (exit code ${code}) without a report`)));
  });
  // Nobody may be waiting yet (Astro is bundling): the pages see the rejection when they ask.
  report.catch(() => {});
  (globalThis as WithReport)[REPORT_FROM_WORKER] = report;
  return report;
}

/** The worker's report when build-site.ts started one, else undefined (astro dev, tests). */
export function reportFromWorker(): Promise<LoadedReport> | undefined {
  return (globalThis as WithReport)[REPORT_FROM_WORKER];
}
