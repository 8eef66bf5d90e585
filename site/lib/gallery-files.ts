// What the gallery publishes, computed from the report's cards without Astro: the server-rendered
// pages' cards, and the manifest and data chunks as JSON text, so that the comment worker
// (site/lib/comment-worker.ts) can make the chunks while the pages render, and the build script
// write them (writeGalleryChunks).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildGalleryData, monthRange, safeJson, type VerbatimCard } from '@nps-pages/core';

/** Cards per server-rendered page: the first page stays far below the 150 KB budget (see report). */
export const CARDS_PER_PAGE = 50;
/**
 * Server-rendered pages, newest first: the 2,000 newest verbatims read without JavaScript; the
 * whole archive is in the data chunks that the filters and the search read. Rendering every card
 * as a page was 97% of a 1M-response build (8,835 pages, 42 s of 44 s), against the budget of a
 * build at most 2.5 times the 10k one.
 */
export const MAX_STATIC_PAGES = 40;
/**
 * Cards per data chunk: 2,000 cards are about 240 KB of JSON, 40 KB gzipped; 100k verbatims make
 * 50 chunks, fetched in parallel, and the search answers with the chunks already there.
 */
export const CARDS_PER_CHUNK = 2000;

export const chunkName = (index: number): string => `chunk-${index}.json`;

/** Where the manifest and the chunks are served, under the site's base path (site/pages/verbatims/data/). */
export const GALLERY_DATA_PATH = 'verbatims/data';

/** The gallery's side of the report: the site never reads report.verbatims.cards (left empty). */
export interface GallerySource {
  total: number;
  /** YYYY-MM of the oldest and newest card ('' without cards), for the period inputs. */
  firstMonth: string;
  lastMonth: string;
  /** The newest cards, at most MAX_STATIC_PAGES pages of them: what the server-rendered pages show. */
  staticCards: VerbatimCard[];
  /** /verbatims/data/: the manifest and every chunk, as the JSON served; computed on the first call. */
  files: () => Promise<GalleryFiles>;
  /**
   * Whether Astro renders the data chunks as routes. A build with the data workers writes them
   * itself (site/build/build-site.ts): 221 routes of 450 KB took Astro 0.8 s for 1M responses.
   */
  chunkRoutes: boolean;
}

/**
 * As the UTF-8 bytes served: the worker hands them to the main thread without a copy (transferred
 * buffers), where 100 MB of chunk strings took 0.4 s to copy for 1M responses.
 */
export interface GalleryFiles {
  manifest: Uint8Array<ArrayBuffer>;
  chunks: Uint8Array<ArrayBuffer>[];
}

export function galleryFiles(cards: readonly VerbatimCard[]): GalleryFiles {
  // The report's cards are already newest first, by time within a day: the chunks match the
  // server-rendered pages card for card.
  const data = buildGalleryData(cards, { chunkSize: CARDS_PER_CHUNK, chunkName, order: 'given' });
  const encoder = new TextEncoder();
  return {
    manifest: encoder.encode(safeJson(data.manifest)),
    chunks: data.chunks.map((chunk) => encoder.encode(safeJson(chunk))),
  };
}

/** The gallery of these cards (newest first), its files computed when first asked for. */
export function gallerySource(cards: readonly VerbatimCard[]): GallerySource {
  let files: Promise<GalleryFiles> | undefined;
  return {
    total: cards.length,
    ...monthRange(cards),
    staticCards: cards.slice(0, MAX_STATIC_PAGES * CARDS_PER_PAGE),
    chunkRoutes: true,
    files: () => {
      files ??= Promise.resolve().then(() => galleryFiles(cards));
      return files;
    },
  };
}

export const chunkCountOf = (total: number): number => Math.ceil(total / CARDS_PER_CHUNK);

/** Writes the data chunks into `dir` (the gallery's /verbatims/data/), as the chunk routes would. */
export async function writeGalleryChunks(files: GalleryFiles, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all(files.chunks.map((bytes, index) => writeFile(join(dir, chunkName(index)), bytes)));
}
