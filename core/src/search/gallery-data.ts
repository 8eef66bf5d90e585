import type { SegmentRef, VerbatimCard } from '../report/model.ts';
import type { NpsCategory } from '../stats/categories.ts';

/**
 * The gallery's data as published under /verbatims/data/: one manifest (dictionaries of segments,
 * themes and the chunk list) and chunks of cards in compact arrays. Cards are ordered newest
 * first, so the first chunks are the ones a user scrolls to first.
 *
 * Compact arrays rather than objects: key names repeated 100k times would be a third of the bytes
 * before gzip. Segment values and themes are indices into the manifest's dictionaries, for the same
 * reason, and so that filtering compares numbers. Every string here is untrusted (the comment is
 * the redacted verbatim): the client renders it as text nodes only.
 *
 * The format carries no respondent or response id: a card's key is the opaque key of the view
 * model.
 */

export const GALLERY_DATA_VERSION = 1;

export type GalleryCategory = NpsCategory;

/** What the gallery needs of a verbatim card: report's VerbatimCard fits (comment already redacted). */
export type GalleryCardSource = Pick<VerbatimCard, 'key' | 'day' | 'score' | 'comment' | 'segments' | 'themes'>;

/** A segment value as the report names it: `value` is the label shown, `slug` the URL form. */
export type GallerySegmentValue = SegmentRef;

export interface GalleryManifest {
  version: typeof GALLERY_DATA_VERSION;
  total: number;
  chunkSize: number;
  /** Relative file names of the chunks, in order (resolved against the manifest's URL). */
  chunks: string[];
  /** Every segment value that a card uses, sorted by field then slug; cards point here by index. */
  segmentValues: GallerySegmentValue[];
  /** Theme ids that cards use, sorted; cards point here by index. */
  themes: string[];
  /** First and last month (YYYY-MM) of the cards, for the period inputs; '' when empty. */
  firstMonth: string;
  lastMonth: string;
}

/** [key, day, score, comment, segment value indices, theme indices] */
export type GalleryCardRow = [string, string, number, string, number[], number[]];

export interface GalleryChunk {
  version: typeof GALLERY_DATA_VERSION;
  cards: GalleryCardRow[];
}

export interface GalleryData {
  manifest: GalleryManifest;
  chunks: GalleryChunk[];
}

/** Newest first; the key breaks ties so that the order, and so the output bytes, are stable. */
export function compareCardsNewestFirst(a: { day: string; key: string }, b: { day: string; key: string }): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export interface BuildGalleryOptions {
  chunkSize: number;
  chunkName: (index: number) => string;
  /**
   * 'given' keeps the caller's order (the report's cards are already newest first, by time within
   * a day, so the chunks match the server-rendered pages card for card); 'newest-first' sorts by
   * day then key. Default 'newest-first'.
   */
  order?: 'given' | 'newest-first';
}

/** Builds the manifest and chunks. Deterministic for the same cards (and order, with 'given'). */
export function buildGalleryData(cards: readonly GalleryCardSource[], options: BuildGalleryOptions): GalleryData {
  const sorted = options.order === 'given' ? [...cards] : [...cards].sort(compareCardsNewestFirst);
  const valueKey = (value: { field: string; slug: string }) => `${value.field}\u0000${value.slug}`;
  // The report shares one SegmentRef object per field and value between its cards: collect the
  // distinct objects first, so that the per-card work below is a lookup by identity, not a key string.
  const refs = new Set<SegmentRef>();
  const themeIds = new Set<string>();
  for (const card of sorted) {
    for (const segment of card.segments) refs.add(segment);
    for (const theme of card.themes) themeIds.add(theme);
  }
  const values = new Map<string, GallerySegmentValue>();
  for (const ref of refs) values.set(valueKey(ref), { field: ref.field, value: ref.value, slug: ref.slug });
  const segmentValues = [...values.values()].sort((a, b) => compareStrings(valueKey(a), valueKey(b)));
  const indexByKey = new Map(segmentValues.map((value, index) => [valueKey(value), index]));
  const valueIndex = new Map([...refs].map((ref) => [ref, indexByKey.get(valueKey(ref)) as number]));
  const themes = [...themeIds].sort(compareStrings);
  const themeIndex = new Map(themes.map((theme, index) => [theme, index]));

  const chunks: GalleryChunk[] = [];
  for (let start = 0; start < sorted.length; start += options.chunkSize) {
    const rows = sorted.slice(start, start + options.chunkSize).map(
      (card): GalleryCardRow => [
        card.key,
        card.day,
        card.score,
        card.comment,
        // The card's own order (config order): the client shows them as the server-rendered card does.
        card.segments.map((segment) => valueIndex.get(segment) ?? -1),
        card.themes.map((theme) => themeIndex.get(theme) ?? -1),
      ],
    );
    chunks.push({ version: GALLERY_DATA_VERSION, cards: rows });
  }
  const { firstMonth, lastMonth } = monthRange(sorted);
  const manifest: GalleryManifest = {
    version: GALLERY_DATA_VERSION,
    total: sorted.length,
    chunkSize: options.chunkSize,
    chunks: chunks.map((_, index) => options.chunkName(index)),
    segmentValues,
    themes,
    firstMonth,
    lastMonth,
  };
  return { manifest, chunks };
}

/** The first and last month (YYYY-MM) of the cards, '' when there are none: the gallery's period inputs. */
export function monthRange(cards: Iterable<{ day: string }>): { firstMonth: string; lastMonth: string } {
  let firstDay = '';
  let lastDay = '';
  for (const card of cards) {
    if (firstDay === '' || card.day < firstDay) firstDay = card.day;
    if (card.day > lastDay) lastDay = card.day;
  }
  return { firstMonth: firstDay.slice(0, 7), lastMonth: lastDay.slice(0, 7) };
}

/**
 * JSON safe to serve and to inline in HTML: "<", ">", "&" and the line separators U+2028/U+2029
 * are escaped, so a verbatim holding "</script>" can never close a script element.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
