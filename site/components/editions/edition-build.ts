// The editions of this build: read and checked with the rest of the data (site/lib/load-report.ts,
// through the reader `nps validate` uses), so an edition with errors fails the build with every
// position. Each edition's report is built from its frozen copy alone, and compared with the
// edition before it.
import {
  buildEditionReport,
  type EditionChanges,
  type EditionRef,
  editionChanges,
  type LoadedEdition,
  previousEdition,
  type Report,
  type ReportLocale,
  sortEditions,
} from '@nps-pages/core';
import { reportOfThisBuild } from '../../lib/load-report.ts';

export interface EditionPage {
  edition: LoadedEdition;
  ref: EditionRef;
  report: Report;
  /** Null for the first edition of its cadence. */
  changes: EditionChanges | null;
}

/** `locale`: the live site's language, in which every page of the site speaks (editions included). */
export function editionPages(editions: readonly LoadedEdition[], locale?: ReportLocale): EditionPage[] {
  const sorted = sortEditions(editions);
  const built = new Map(
    sorted.map((edition) => {
      const { manifest } = edition;
      const ref: EditionRef = {
        id: edition.id,
        title: edition.narrative?.data.title ?? manifest.title,
        from: manifest.period.from,
        to: manifest.period.to,
      };
      return [edition.id, { edition, ref, report: buildEditionReport(edition, locale ? { locale } : {}) }] as const;
    }),
  );
  return sorted.map((edition) => {
    const page = built.get(edition.id) as Omit<EditionPage, 'changes'>;
    const previous = previousEdition(edition, sorted);
    const before = previous ? built.get(previous.id) : undefined;
    return { ...page, changes: before ? editionChanges(before, page) : null };
  });
}

let memo: Promise<EditionPage[]> | undefined;

/** Every edition of the build's data folder (NPS_DATA_DIR), newest first. */
export function loadEditions(): Promise<EditionPage[]> {
  memo ??= reportOfThisBuild().then((loaded) => editionPages(loaded.editions, loaded.report.meta.locale));
  return memo;
}
