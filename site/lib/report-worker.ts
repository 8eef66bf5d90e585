// The worker that reads the data set while Astro bundles the pages (see report-in-worker.ts): it
// runs the same readReport as an in-process build and posts the result back, its verbatim cards
// packed as columns so that the copy between threads stays cheap.
import { parentPort, workerData } from 'node:worker_threads';
import { packCards, transferablesOf } from '@nps-pages/core';
import { nodeBuildEnvironment, readBuildInfo } from './build-info.ts';
import { readReport } from './load-report.ts';
import type { ReportFromWorker } from './report-in-worker.ts';

const { dataDir } = workerData as { dataDir: string };
const port = parentPort;
if (!port) throw new Error('report-worker.ts runs as a worker thread');

try {
  const started = performance.now();
  const loaded = await readReport({ dataDir, build: readBuildInfo(nodeBuildEnvironment(process.cwd())) });
  const packed = packCards(loaded.report.verbatims.cards);
  const message: ReportFromWorker = {
    ok: true,
    seconds: (performance.now() - started) / 1000,
    loaded: { ...loaded, report: { ...loaded.report, verbatims: { ...loaded.report.verbatims, cards: [] } } },
    packed,
  };
  port.postMessage(message, transferablesOf(packed));
} catch (error) {
  const message: ReportFromWorker = { ok: false, message: error instanceof Error ? error.message : String(error) };
  port.postMessage(message);
}
