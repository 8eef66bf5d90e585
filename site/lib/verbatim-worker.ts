// The second worker of a build (see report-in-worker.ts): it gets the commented responses from the
// reading worker in column batches, redacts them and makes the cards while that worker reads on;
// then the report of the tallies, into which it puts the verbatims. It posts the report to the main
// thread, then the gallery's data files as transferred bytes, which it makes while the pages render.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import {
  attachVerbatims,
  createVerbatimCollector,
  type ReportContext,
  unpackVerbatims,
  type VerbatimCollector,
  verbatimBatchLayout,
} from '@nps-pages/core';
import { loadedReport } from './load-report.ts';
import type { FromVerbatimWorker, ToVerbatimWorker } from './report-in-worker.ts';

const { fromReader } = workerData as { fromReader: MessagePort };
const port = parentPort;
if (!port) throw new Error('verbatim-worker.ts runs as a worker thread');
const post = (message: FromVerbatimWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let verbatims: { context: ReportContext; collector: VerbatimCollector; layout: ReturnType<typeof verbatimBatchLayout> };

async function receive(message: ToVerbatimWorker): Promise<void> {
  if (message.kind === 'start') {
    const { context } = message;
    verbatims = { context, collector: createVerbatimCollector(context), layout: verbatimBatchLayout(context.config) };
    return;
  }
  if (message.kind === 'verbatims') {
    for (const source of unpackVerbatims(message.batch, verbatims.layout)) verbatims.collector.add(source);
    return;
  }
  const { tally, ...rest } = message.reading;
  const report = attachVerbatims(tally, verbatims.collector.finish(tally.slugs), verbatims.context);
  const { gallery, ...loaded } = loadedReport(report, rest);
  const { files, ...withoutFiles } = gallery;
  post({ kind: 'report', loaded: { ...loaded, gallery: withoutFiles }, seconds: message.seconds });
  const written = await files();
  post(
    { kind: 'gallery-files', files: written },
    [written.manifest, ...written.chunks].map((bytes) => bytes.buffer as ArrayBuffer),
  );
  fromReader.close();
}

fromReader.on('message', (message: ToVerbatimWorker) => {
  receive(message).catch((error: unknown) => {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    fromReader.close();
  });
});
