import type { GalleryCategory } from './gallery-data.ts';

/**
 * The gallery's URL contract, shared by the server-rendered form and the client script:
 *   q      free text (accent-insensitive, every word must start a word of the comment)
 *   cat    detractor | passive | promoter, repeatable (cat=detractor&cat=passive)
 *   <field> a segment value slug, one parameter per configured segment field (store=velizy-2)
 *   theme  a theme id (theme=attente-caisse)
 *   from, to  months YYYY-MM, inclusive (from=2025-01&to=2025-06)
 * Unknown parameters and malformed values are ignored: a shared link never breaks the page.
 */
export interface GalleryFilter {
  q: string;
  categories: GalleryCategory[];
  /** field -> slug */
  segments: Record<string, string>;
  theme: string;
  from: string;
  to: string;
}

const CATEGORIES: readonly GalleryCategory[] = ['detractor', 'passive', 'promoter'];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Parameter names the gallery uses itself; a segment field cannot take them. */
export const RESERVED_PARAMS: readonly string[] = ['q', 'cat', 'theme', 'from', 'to'];

export function emptyGalleryFilter(): GalleryFilter {
  return { q: '', categories: [], segments: {}, theme: '', from: '', to: '' };
}

/** Reads a filter from URL parameters; segmentFields are the configured fields, in order. */
export function parseGalleryParams(params: URLSearchParams, segmentFields: readonly string[]): GalleryFilter {
  const filter = emptyGalleryFilter();
  filter.q = (params.get('q') ?? '').slice(0, 200);
  const categories = new Set(params.getAll('cat'));
  filter.categories = CATEGORIES.filter((category) => categories.has(category));
  for (const field of segmentFields) {
    if (RESERVED_PARAMS.includes(field)) continue;
    const slug = params.get(field);
    if (slug) filter.segments[field] = slug;
  }
  filter.theme = params.get('theme') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  filter.from = MONTH.test(from) ? from : '';
  filter.to = MONTH.test(to) ? to : '';
  return filter;
}

/** The query string of a filter (without "?"), in a fixed order, empty values left out. */
export function formatGalleryParams(filter: GalleryFilter, segmentFields: readonly string[]): string {
  const params = new URLSearchParams();
  if (filter.q.trim() !== '') params.append('q', filter.q.trim());
  for (const category of CATEGORIES) if (filter.categories.includes(category)) params.append('cat', category);
  for (const field of segmentFields) {
    const slug = filter.segments[field];
    if (slug && !RESERVED_PARAMS.includes(field)) params.append(field, slug);
  }
  if (filter.theme) params.append('theme', filter.theme);
  if (filter.from) params.append('from', filter.from);
  if (filter.to) params.append('to', filter.to);
  return params.toString();
}

export function isFilterEmpty(filter: GalleryFilter): boolean {
  return (
    filter.q.trim() === '' &&
    filter.categories.length === 0 &&
    Object.keys(filter.segments).length === 0 &&
    filter.theme === '' &&
    filter.from === '' &&
    filter.to === ''
  );
}
