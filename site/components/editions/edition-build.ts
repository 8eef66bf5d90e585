// The editions of this build, read once from data/editions/ through the same reader `nps validate`
// uses; an edition with errors fails the build with every position. Each edition's report is built
// from its frozen copy alone, and compared with the edition before it.
import { resolve } from 'node:path';
import {
  buildEditionReport,
  compareIssues,
  type EditionChanges,
  type EditionRef,
  editionChanges,
  hasErrors,
  type LoadedEdition,
  previousEdition,
  type Report,
  sortEditions,
} from '@nps-pages/core';
import { checkEditionSet } from '@nps-pages/core/pipeline';
import { readEditions } from '../../../scripts/src/data-set.ts';
import { loadConfig } from '../../../scripts/src/load-config.ts';
import { createNodeDataFiles } from '../../../scripts/src/node-files.ts';
import { DataIssuesError, formatIssue } from '../../lib/load-report.ts';

export interface EditionPage {
  edition: LoadedEdition;
  ref: EditionRef;
  report: Report;
  /** Null for the first edition of its cadence. */
  changes: EditionChanges | null;
}

export async function readEditionPages(dataDir: string): Promise<EditionPage[]> {
  const root = resolve(dataDir);
  const config = (await loadConfig(root)).config;
  const { editions, issues } = await readEditions(createNodeDataFiles(root));
  issues.push(...checkEditionSet(editions, { allowOverlap: config?.editions.allowOverlap ?? false }));
  issues.sort(compareIssues);
  if (hasErrors(issues)) throw new DataIssuesError(issues, dataDir);
  for (const issue of issues) console.warn(`${formatIssue(issue)} (${issue.severity})`);
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
      return [edition.id, { edition, ref, report: buildEditionReport(edition) }] as const;
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
  memo ??= readEditionPages(process.env.NPS_DATA_DIR?.trim() || 'data');
  return memo;
}
