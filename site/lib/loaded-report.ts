import type { Issue, LoadedEdition, NpsConfig, Report, TallyReport } from '@nps-pages/core';
import type { BuildInfo } from './build-info.ts';
import type { GallerySource } from './gallery-files.ts';

/**
 * The report of the whole site, read once per build (load-report.ts). The types alone, in their own
 * module: the loader and the reading worker (reading-workers.ts) both need them, and importing
 * each other for them made a cycle.
 */
export interface LoadedReport {
  /** Its verbatims.cards is empty: the gallery's share of the cards is in `gallery`. */
  report: Report;
  gallery: GallerySource;
  config: NpsConfig;
  /** The valid editions of data/editions/, checked with the rest of the data. */
  editions: LoadedEdition[];
  build: BuildInfo;
  /** Warnings and notes that did not stop the build. */
  issues: Issue[];
  /** Rows left out of every figure without being errors: partial answers with no score. */
  excluded: { missingScore: number };
}

/** What the reading worker hands over: the report of the tallies, its verbatims sent apart. */
export type TallyReading = Omit<LoadedReport, 'report' | 'gallery'> & { tally: TallyReport };
