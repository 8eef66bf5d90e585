import { MessageChannel, Worker } from 'node:worker_threads';
import type { Action, CommentBatch, ReportContext, ThemeMentions } from '@nps-pages/core';
import type { GalleryFiles, GallerySource } from './gallery-files.ts';
import type { LoadedReport, TallyReading } from './loaded-report.ts';

/**
 * Reading a big data set takes seconds, and Astro spends its first seconds bundling the pages
 * without needing the data: site/build/build-site.ts starts these workers before Astro's build,
 * and the pages' reportOfThisBuild() takes their result instead of reading the data itself.
 * Two workers share the reading: the reading worker (reading-worker.ts) parses the data and folds
 * the tallies; the commented responses go in batches to the comment worker (comment-worker.ts),
 * which matches the themes, counts the mentions and makes the cards meanwhile, then puts the cards
 * into the tallies' report, and makes the gallery's data files while the pages render (measured on
 * 1M responses: comment-collector.ts). The main thread renders the pages with the small heap of a
 * small data set, and does not render the gallery's 221 data files as routes (0.8 s of a 1M
 * build): build-site.ts writes them.
 * The handover is a global promise: the pages run from Astro's bundle, which holds its own copy of
 * this module, so a module variable would not be shared.
 */
export const REPORT_FROM_WORKER = Symbol.for('nps-pages.report-from-worker');

/** From the reading worker to the comment worker, in this order. */
export type ToCommentWorker =
  /** The report's settings and the actions, before the first batch. */
  | { kind: 'start'; context: ReportContext; actions: readonly Action[] }
  | { kind: 'comments'; batch: CommentBatch }
  /** After the last batch: the reader waits for the mentions (ToReader). */
  | { kind: 'comments-done' }
  /** The report of the tallies. */
  | { kind: 'tallies'; reading: TallyReading; seconds: number };

/** From the comment worker back to the reading worker. */
export type ToReader = { kind: 'mentions'; mentions: ThemeMentions };

/** From the reading worker to this thread: only its failure (the data's issues). */
export type FromReader = { kind: 'failed'; message: string };

/** The report without the gallery's files, which travel apart (a function does not cross threads). */
type LoadedWithoutFiles = Omit<LoadedReport, 'gallery'> & { gallery: Omit<GallerySource, 'files'> };

export type FromCommentWorker =
  | { kind: 'report'; loaded: LoadedWithoutFiles; seconds: number }
  | { kind: 'gallery-files'; files: GalleryFiles }
  | { kind: 'failed'; message: string };

type WithReport = { [REPORT_FROM_WORKER]?: Promise<LoadedReport> };

export function startReportWorker(dataDir: string): Promise<LoadedReport> {
  const { port1: toComments, port2: fromReader } = new MessageChannel();
  const commentWorker = new Worker(new URL('./comment-worker.ts', import.meta.url), {
    workerData: { fromReader },
    transferList: [fromReader],
  });
  const reader = new Worker(new URL('./reading-worker.ts', import.meta.url), {
    workerData: { dataDir, toComments },
    transferList: [toComments],
  });
  const workers = [reader, commentWorker];
  // A build that fails for another reason must not wait for the workers.
  for (const worker of workers) worker.unref();
  let settleFiles: { resolve: (files: GalleryFiles) => void; reject: (error: Error) => void } | undefined;
  const files = new Promise<GalleryFiles>((resolve, reject) => {
    settleFiles = { resolve, reject };
  });
  const report = new Promise<LoadedReport>((resolve, reject) => {
    const fail = (error: Error) => {
      reject(error);
      settleFiles?.reject(error);
      for (const worker of workers) void worker.terminate();
    };
    reader.on('message', (message: FromReader) => fail(new Error(message.message)));
    commentWorker.on('message', (message: FromCommentWorker) => {
      if (message.kind === 'failed') return fail(new Error(message.message));
      if (message.kind === 'gallery-files') return settleFiles?.resolve(message.files);
      const { loaded, seconds } = message;
      const { n, comments } = loaded.report.meta;
      console.log(
        `[nps] ${n.toLocaleString('en')} responses and ${comments.toLocaleString('en')} comments read in ${seconds.toFixed(1)} s`,
      );
      // build-site.ts writes the data chunks: Astro does not render them as routes.
      resolve({ ...loaded, gallery: { ...loaded.gallery, chunkRoutes: false, files: () => files } });
    });
    const stopped = (code: number) => fail(new Error(`a data reading worker stopped (exit code ${code}) before it was done`));
    for (const worker of workers) worker.once('error', fail);
    // The reader ends when its part is sent, or after posting the data's issues; the comment worker
    // after the gallery's files, or when the reader ends without sending its part (their channel
    // closes): then the reader's own message must win, and Node delivers a worker's messages before
    // its 'exit'. Failing once the promises are settled changes nothing.
    const readerExited = new Promise<void>((resolve) => reader.once('exit', () => resolve()));
    reader.once('exit', (code) => code !== 0 && stopped(code));
    commentWorker.once('exit', (code) => void readerExited.then(() => stopped(code)));
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
