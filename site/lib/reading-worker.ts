// The worker that reads the data set while Astro bundles the pages (see reading-workers.ts): it
// parses every response and folds it into the report's tallies; the commented responses go to the
// comment worker (comment-worker.ts) in column batches as they are read. At the end it asks that
// worker for the theme mentions, finishes the report of the tallies and sends it there too.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { CommentPacker, commentBatchBuffers, commentBatchLayout, type ThemeMentions } from '@nps-pages/core';
import { nodeBuildEnvironment, readBuildInfo } from './build-info.ts';
import { readTalliesWithCommentsApart } from './load-report.ts';
import type { FromReader, ToCommentWorker, ToReader } from './reading-workers.ts';

/**
 * Comments a message. Small: the comments waiting in a batch outlive a young-generation
 * collection, which copies them (and the parser's chunk strings they are slices of).
 * Measured on 1M responses, the reading: 6.6-7.0 s with 8,192 a batch, 6.0-6.2 s with 1,024,
 * 5.7-6.0 s with 256 or 512, 6.1-6.4 s with 128.
 */
const BATCH_SIZE = 512;

const { dataDir, toComments } = workerData as { dataDir: string; toComments: MessagePort };
const port = parentPort;
if (!port) throw new Error('reading-worker.ts runs as a worker thread');
const post = (message: ToCommentWorker, transfer: ArrayBuffer[] = []) => toComments.postMessage(message, transfer);

try {
  const started = performance.now();
  let packer: CommentPacker | undefined;
  const flush = () => {
    if (!packer || packer.size === 0) return;
    const batch = packer.take();
    post({ kind: 'comments', batch }, commentBatchBuffers(batch));
  };
  const reading = await readTalliesWithCommentsApart(
    { dataDir, build: readBuildInfo(nodeBuildEnvironment(process.cwd())) },
    {
      start(context, actions) {
        packer = new CommentPacker(commentBatchLayout(context.config), BATCH_SIZE);
        post({ kind: 'start', context, actions });
      },
      add(source) {
        packer?.add(source);
        if (packer?.full) flush();
      },
      mentions() {
        flush();
        const reply = new Promise<ThemeMentions>((resolve) => {
          toComments.once('message', (message: ToReader) => resolve(message.mentions));
        });
        post({ kind: 'comments-done' });
        return reply;
      },
    },
  );
  post({ kind: 'tallies', reading, seconds: (performance.now() - started) / 1000 });
  toComments.close();
} catch (error) {
  const failed: FromReader = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  port.postMessage(failed);
}
