// The second worker of a build (see reading-workers.ts): it gets the commented responses from the
// reading worker in column batches and, while that worker reads on, matches them against the
// themes, counts the mentions and makes the cards. When the comments are all in, it sends the
// mentions back; then the report of the tallies comes, into which it puts the verbatims. It posts
// the report to the main thread, then the gallery's data files (made while the pages render).
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import {
  attachVerbatims,
  type CommentBatchLayout,
  type CommentCollector,
  commentBatchLayout,
  createCommentCollector,
  type ReportContext,
  unpackComments,
} from '@nps-pages/core';
import { splitGalleryCards } from './load-report.ts';
import type { FromCommentWorker, ToCommentWorker, ToReader } from './reading-workers.ts';

const { fromReader } = workerData as { fromReader: MessagePort };
const port = parentPort;
if (!port) throw new Error('comment-worker.ts runs as a worker thread');
const post = (message: FromCommentWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let comments: { context: ReportContext; collector: CommentCollector; layout: CommentBatchLayout };

async function receive(message: ToCommentWorker): Promise<void> {
  if (message.kind === 'start') {
    const { context, actions } = message;
    comments = { context, collector: createCommentCollector(context, actions), layout: commentBatchLayout(context.config) };
    return;
  }
  if (message.kind === 'comments') {
    for (const source of unpackComments(message.batch, comments.layout)) comments.collector.add(source);
    return;
  }
  if (message.kind === 'comments-done') {
    const reply: ToReader = { kind: 'mentions', mentions: comments.collector.mentions() };
    fromReader.postMessage(reply);
    // While the reader finishes the tallies' report: the cards need its slugs, not their order.
    comments.collector.settle();
    return;
  }
  const { tally, ...rest } = message.reading;
  const report = attachVerbatims(tally, comments.collector.finish(tally.slugs), comments.context);
  const { gallery, ...loaded } = splitGalleryCards(report, rest);
  const { files, ...withoutFiles } = gallery;
  post({ kind: 'report', loaded: { ...loaded, gallery: withoutFiles }, seconds: message.seconds });
  const written = await files();
  post(
    { kind: 'gallery-files', files: written },
    [written.manifest, ...written.chunks].map((bytes) => bytes.buffer as ArrayBuffer),
  );
  fromReader.close();
}

fromReader.on('message', (message: ToCommentWorker) => {
  receive(message).catch((error: unknown) => {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    fromReader.close();
  });
});
