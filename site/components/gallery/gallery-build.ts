// Build-time data of the gallery, computed once per build from the report's verbatim cards:
// the chunked data the client searches, and the server-rendered pages readable without JS.
import { buildGalleryData, type GalleryData, type VerbatimCard } from '@nps-pages/core';
import { type PageContext, pageContext } from '../../lib/page-context.ts';

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

export interface GalleryContext extends PageContext {
  data: GalleryData;
  /** The report's cards (already newest first, redacted): what the pages render. */
  cards: readonly VerbatimCard[];
  pageCount: number;
}

let memo: Promise<GalleryContext> | undefined;

export function galleryContext(): Promise<GalleryContext> {
  memo ??= pageContext().then((context) => {
    const cards = context.report.verbatims.cards;
    const data = buildGalleryData(cards, { chunkSize: CARDS_PER_CHUNK, chunkName, order: 'given' });
    const pageCount = Math.min(MAX_STATIC_PAGES, Math.max(1, Math.ceil(cards.length / CARDS_PER_PAGE)));
    return { ...context, data, cards, pageCount };
  });
  return memo;
}

/** The cards of a server-rendered page, 1-based, in the same order as the data chunks. */
export function cardsOfPage(context: GalleryContext, page: number): readonly VerbatimCard[] {
  return context.cards.slice((page - 1) * CARDS_PER_PAGE, page * CARDS_PER_PAGE);
}
