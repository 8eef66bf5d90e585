import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkCountOf } from '../gallery-files.ts';
import { readReportInThisThread } from '../load-report.ts';
import { reportFromWorker, startReportWorker } from '../reading-workers.ts';

// The build reads the data in two worker threads (site/build/build-site.ts): what the pages get
// from them must be what an in-process read gives, gallery files included, and a worker that
// finishes and exits must not take the report back.
const SAMPLE = join(import.meta.dirname, '../../../data');

describe('startReportWorker', () => {
  it('gives the pages the report, the gallery and its files an in-process read gives', async () => {
    const worker = startReportWorker(SAMPLE);
    expect(reportFromWorker()).toBe(worker);
    const [fromWorker, inProcess] = await Promise.all([
      worker,
      readReportInThisThread({ dataDir: SAMPLE, build: (await worker).build }),
    ]);
    expect(JSON.stringify(fromWorker.report)).toBe(JSON.stringify(inProcess.report));
    const { files: workerFiles, chunkRoutes: workerRoutes, ...workerGallery } = fromWorker.gallery;
    const { files: ownFiles, chunkRoutes: ownRoutes, ...ownGallery } = inProcess.gallery;
    expect(workerGallery).toEqual(ownGallery);
    // build-site.ts writes the chunks of a build with the workers; astro dev renders them as routes.
    expect([workerRoutes, ownRoutes]).toEqual([false, true]);
    const [received, own] = await Promise.all([workerFiles(), ownFiles()]);
    expect(Buffer.from(received.manifest).equals(Buffer.from(own.manifest))).toBe(true);
    expect(received.chunks.map((chunk) => Buffer.from(chunk).toString('base64'))).toEqual(
      own.chunks.map((chunk) => Buffer.from(chunk).toString('base64')),
    );
    expect(received.chunks.length).toBe(chunkCountOf(inProcess.gallery.total));
  });

  it('fails with the data issues when the data is invalid', async () => {
    await expect(startReportWorker(join(SAMPLE, 'no-such-folder'))).rejects.toThrow(/NPS004/);
    // A bad row: the reader posts the issues and ends, which also ends the comment worker (their
    // channel closes); the issues must win over "a worker stopped", every time, also when this
    // thread was busy meanwhile (Astro bundling) and finds both events waiting.
    const dir = await mkdtemp(join(tmpdir(), 'nps-worker-'));
    await writeFile(join(dir, 'nps.config.yaml'), 'site:\n  locale: fr\nsources:\n  - path: "*.csv"\n');
    await writeFile(join(dir, 'a.csv'), 'date,score,comment\n2026-01-05,10,Très bien\n2026-01-06,11,Trop cher\n');
    for (const busy of [0, 1000, 1000, 1000, 1000]) {
      const reading = startReportWorker(dir);
      for (const until = Date.now() + busy; Date.now() < until; );
      await expect(reading).rejects.toThrow(/a\.csv:3:\d+ NPS\d{3} /);
    }
  });
});
