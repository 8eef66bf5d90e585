// The worker that reads the data set while Astro bundles the pages (see report-in-worker.ts): it
// parses every response and folds it into the report's tallies; the commented responses go to the
// verbatim worker (verbatim-worker.ts) in column batches as they are read, then the report of the
// tallies (a few hundred KB), into which that worker puts the verbatims.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { packVerbatims, type VerbatimSource, verbatimBatchBuffers, verbatimBatchLayout } from '@nps-pages/core';
import { nodeBuildEnvironment, readBuildInfo } from './build-info.ts';
import { readTallies } from './load-report.ts';
import type { FromReader, ToVerbatimWorker } from './report-in-worker.ts';

/**
 * Verbatims a message. Small: the verbatims waiting in a batch outlive a young-generation
 * collection, which copies them (and the parser's chunk strings their comments are slices of).
 * Measured on 1M responses, the reading: 6.6-7.0 s with 8,192 a batch, 6.0-6.2 s with 1,024,
 * 5.7-6.0 s with 256 or 512, 6.1-6.4 s with 128.
 */
const BATCH_SIZE = 512;

const { dataDir, toVerbatims } = workerData as { dataDir: string; toVerbatims: MessagePort };
const port = parentPort;
if (!port) throw new Error('report-worker.ts runs as a worker thread');
const post = (message: ToVerbatimWorker, transfer: ArrayBuffer[] = []) => toVerbatims.postMessage(message, transfer);
const fail = (message: FromReader) => port.postMessage(message);

try {
  const started = performance.now();
  let layout: ReturnType<typeof verbatimBatchLayout> | undefined;
  let pending: VerbatimSource[] = [];
  const flush = () => {
    if (!layout || pending.length === 0) return;
    const batch = packVerbatims(pending, layout);
    pending = [];
    post({ kind: 'verbatims', batch }, verbatimBatchBuffers(batch));
  };
  const reading = await readTallies(
    { dataDir, build: readBuildInfo(nodeBuildEnvironment(process.cwd())) },
    (context) => {
      layout = verbatimBatchLayout(context.config);
      post({ kind: 'start', context });
    },
    (source) => {
      pending.push(source);
      if (pending.length === BATCH_SIZE) flush();
    },
  );
  flush();
  post({ kind: 'tallies', reading, seconds: (performance.now() - started) / 1000 });
  toVerbatims.close();
} catch (error) {
  fail({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
}
