import { type Issue, issueAt } from '../issues.ts';
import { overlappingEditions } from './cadence.ts';
import type { EditionManifest } from './manifest.ts';
import type { LoadedEdition } from './read.ts';

/** The checks between editions: two published editions of one cadence never share a day, unless allowed. */
export function checkEditionSet(editions: readonly LoadedEdition[], options: { allowOverlap: boolean }): Issue[] {
  if (options.allowOverlap) return [];
  const byId = new Map(editions.map((edition) => [edition.id, edition]));
  const dated = editions.map((edition) => ({
    id: edition.id,
    from: edition.manifest.period.from,
    to: edition.manifest.period.to,
    cadence: edition.manifest.cadence,
    published: edition.status === 'published',
  }));
  return overlappingEditions(dated).map(([first, second]) => {
    const later = byId.get(second.id) as LoadedEdition;
    return issueAt(later.manifestFile, later.periodSpan, 'NPS403', {
      cadence: second.cadence,
      edition: second,
      published: first,
    });
  });
}

/** Newest first: by period end, then start, then id (the order of the list page and the switcher). */
export function sortEditions<T extends { id: string; manifest: EditionManifest }>(editions: readonly T[]): T[] {
  return [...editions].sort(
    (a, b) =>
      compare(b.manifest.period.to, a.manifest.period.to) ||
      compare(b.manifest.period.from, a.manifest.period.from) ||
      compare(a.id, b.id),
  );
}

/** The edition just before this one: the newest other edition of the same cadence that ends before it starts. */
export function previousEdition<T extends { id: string; manifest: EditionManifest }>(
  edition: T,
  editions: readonly T[],
): T | undefined {
  return sortEditions(
    editions.filter(
      (other) =>
        other.id !== edition.id &&
        other.manifest.cadence === edition.manifest.cadence &&
        other.manifest.period.to < edition.manifest.period.from,
    ),
  )[0];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
