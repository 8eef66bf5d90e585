// Build-time data of the gallery, from the loaded report's gallery source (gallery-files.ts): the
// server-rendered pages readable without JS, and the chunked data the client searches.
import type { VerbatimCard } from '@nps-pages/core';
import { CARDS_PER_PAGE, MAX_STATIC_PAGES } from '../../lib/gallery-files.ts';
import { type PageContext, pageContext } from '../../lib/page-context.ts';

export { CARDS_PER_PAGE, chunkCountOf, chunkName } from '../../lib/gallery-files.ts';

export interface GalleryContext extends PageContext {
  pageCount: number;
}

let memo: Promise<GalleryContext> | undefined;

export function galleryContext(): Promise<GalleryContext> {
  memo ??= pageContext().then((context) => {
    const pageCount = Math.min(MAX_STATIC_PAGES, Math.max(1, Math.ceil(context.gallery.total / CARDS_PER_PAGE)));
    return { ...context, pageCount };
  });
  return memo;
}

/** The cards of a server-rendered page, 1-based, in the same order as the data chunks. */
export function cardsOfPage(context: GalleryContext, page: number): readonly VerbatimCard[] {
  return context.gallery.staticCards.slice((page - 1) * CARDS_PER_PAGE, page * CARDS_PER_PAGE);
}
