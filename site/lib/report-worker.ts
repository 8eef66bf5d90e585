// The worker that reads the data set while Astro bundles the pages (see report-in-worker.ts): it
// runs the same readReport as an in-process build and posts the result back (the report and the
// gallery's 2,000 server-rendered cards: a few MB, copied in milliseconds); then it writes the
// gallery's data files while the main thread renders the pages, and posts them too, as transferred
// bytes (100 MB of chunks for 1M responses).
import { parentPort, workerData } from 'node:worker_threads';
import { nodeBuildEnvironment, readBuildInfo } from './build-info.ts';
import { readReport } from './load-report.ts';
import type { ReportFromWorker } from './report-in-worker.ts';

const { dataDir } = workerData as { dataDir: string };
const port = parentPort;
if (!port) throw new Error('report-worker.ts runs as a worker thread');
const post = (message: ReportFromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

try {
  const started = performance.now();
  const loaded = await readReport({ dataDir, build: readBuildInfo(nodeBuildEnvironment(process.cwd())) });
  const { files, ...gallery } = loaded.gallery;
  post({ kind: 'report', seconds: (performance.now() - started) / 1000, loaded: { ...loaded, gallery } });
  const written = await files();
  post(
    { kind: 'gallery-files', files: written },
    [written.manifest, ...written.chunks].map((bytes) => bytes.buffer as ArrayBuffer),
  );
} catch (error) {
  post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
}
