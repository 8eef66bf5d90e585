import { compareKeys } from '../stats/breakdown.ts';
import { foldText } from '../text/fold.ts';

/** URL-safe, accent-folded, lower-case: "Vélizy 2" -> "velizy-2", "Île-de-France" -> "ile-de-france". */
export function slugify(text: string): string {
  const slug = foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A value made only of symbols or non-Latin letters still needs a path segment.
  return slug === '' ? 'value' : slug;
}

/**
 * A unique slug per value, independent of the order the values arrive in: values are taken in
 * code-unit order; the first of colliding values keeps the plain slug, the next ones get -2, -3...
 * (skipping any slug that another value already has naturally).
 */
export function uniqueSlugs(values: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(values)].sort(compareKeys);
  const natural = new Map(sorted.map((value) => [value, slugify(value)]));
  const taken = new Set<string>();
  const result = new Map<string, string>();
  const naturalSlugs = new Set(natural.values());
  for (const value of sorted) {
    const base = natural.get(value) as string;
    let slug = base;
    for (let suffix = 2; taken.has(slug) || (slug !== base && naturalSlugs.has(slug)); suffix++) slug = `${base}-${suffix}`;
    taken.add(slug);
    result.set(value, slug);
  }
  return result;
}
