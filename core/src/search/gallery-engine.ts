import { categoryOf } from '../stats/categories.ts';
import type { GalleryCardRow, GalleryCategory, GalleryChunk, GalleryManifest } from './gallery-data.ts';
import type { GalleryFilter } from './gallery-filter.ts';
import { needlesOf, scoreNeedles } from './match.ts';
import { queryTerms } from './query.ts';
import { searchableText } from './tokenize.ts';

/**
 * The client-side gallery engine: it receives chunks as they download and answers filters. Pure
 * (no DOM, no fetch), so vitest tests exactly what the browser runs.
 *
 * Each card is folded and tokenised once, when its chunk arrives; a keystroke then costs one pass
 * of integer comparisons and String.includes over the cards (see match.ts).
 */
export interface GalleryDoc {
  row: GalleryCardRow;
  /** Position in the gallery order (newest first). */
  order: number;
  category: GalleryCategory;
  month: string;
  searchable: string;
}

export interface GalleryResults {
  /** Matching cards, best first, then newest first. */
  docs: GalleryDoc[];
  /** The folded query terms, for highlighting. */
  terms: string[];
  /** Cards searched: fewer than the manifest's total while chunks are still downloading. */
  searched: number;
}

export class GalleryEngine {
  readonly manifest: GalleryManifest;
  readonly #docs: (GalleryDoc[] | undefined)[];
  readonly #segmentIndex: Map<string, number>;
  readonly #themeIndex: Map<string, number>;
  /** The previous search, to narrow it while the user types on (see search). */
  #last: { key: string; terms: string[]; loaded: number; matches: GalleryDoc[] } | undefined;

  constructor(manifest: GalleryManifest) {
    this.manifest = manifest;
    this.#docs = manifest.chunks.map(() => undefined);
    this.#segmentIndex = new Map(manifest.segmentValues.map((value, index) => [`${value.field}\u0000${value.slug}`, index]));
    this.#themeIndex = new Map(manifest.themes.map((theme, index) => [theme, index]));
  }

  /** Adds a downloaded chunk; chunks may arrive in any order. */
  addChunk(index: number, chunk: GalleryChunk): void {
    const first = index * this.manifest.chunkSize;
    this.#docs[index] = chunk.cards.map((row, offset) => ({
      row,
      order: first + offset,
      category: categoryOf(row[2]),
      month: row[1].slice(0, 7),
      searchable: searchableText(row[3]),
    }));
  }

  get loadedCount(): number {
    let count = 0;
    for (const docs of this.#docs) count += docs?.length ?? 0;
    return count;
  }

  get complete(): boolean {
    return this.#docs.every((docs) => docs !== undefined);
  }

  search(filter: GalleryFilter): GalleryResults {
    const terms = queryTerms(filter.q);
    const segmentWanted: number[] = [];
    for (const [field, slug] of Object.entries(filter.segments)) {
      // An unknown value matches nothing (a stale link says "0 results", not "everything").
      segmentWanted.push(this.#segmentIndex.get(`${field}\u0000${slug}`) ?? -2);
    }
    const themeWanted = filter.theme === '' ? -1 : (this.#themeIndex.get(filter.theme) ?? -2);
    const categories = filter.categories.length === 0 ? undefined : new Set(filter.categories);
    const needles = needlesOf(terms);
    // One bucket per score (at most 2 per term): concatenating them from the best gives the ranking
    // in linear time, each bucket already in gallery order. Sorting 100k matches of a one-letter
    // query cost more than the scan itself.
    const buckets: GalleryDoc[][] = [];
    const matches: GalleryDoc[] = [];
    const key = JSON.stringify([filter.categories, filter.segments, filter.theme, filter.from, filter.to]);
    const loaded = this.loadedCount;
    const last = this.#last;
    // Typing "att" then "atte": every card matching "atte" matched "att", so the second keystroke
    // scans the first one's matches only. Valid when every old term starts a new term, the other
    // filters are the same and no chunk arrived in between.
    const narrowing =
      last !== undefined &&
      last.key === key &&
      last.loaded === loaded &&
      last.terms.every((old) => terms.some((term) => term.startsWith(old)));
    const pools = narrowing ? [last.matches] : this.#docs;
    for (const docs of pools) {
      if (docs === undefined) continue;
      for (const doc of docs) {
        if (categories !== undefined && !categories.has(doc.category)) continue;
        if (filter.from !== '' && doc.month < filter.from) continue;
        if (filter.to !== '' && doc.month > filter.to) continue;
        if (themeWanted !== -1 && !doc.row[5].includes(themeWanted)) continue;
        if (segmentWanted.length > 0 && !segmentWanted.every((value) => doc.row[4].includes(value))) continue;
        const score = scoreNeedles(doc.searchable, needles);
        if (score === 0) continue;
        const bucket = buckets[score];
        if (bucket === undefined) buckets[score] = [doc];
        else bucket.push(doc);
        matches.push(doc);
      }
    }
    this.#last = { key, terms, loaded, matches };
    const ranked: GalleryDoc[] = [];
    for (let score = buckets.length - 1; score > 0; score--) {
      const bucket = buckets[score];
      if (bucket !== undefined) for (const doc of bucket) ranked.push(doc);
    }
    return { docs: ranked, terms, searched: loaded };
  }
}
