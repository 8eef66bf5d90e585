import { resolve } from 'node:path';
import {
  type Action,
  type CommentSource,
  compareIssues,
  createReportBuilder,
  createTallyBuilder,
  hasErrors,
  type Issue,
  type NpsResponse,
  type Report,
  type ReportContext,
  type ThemeMentions,
} from '@nps-pages/core';
// Core's one reading of a data set, over the folder on disk: the site reads data exactly as `nps validate` does.
import { createNodeDataFiles } from '@nps-pages/core/node';
import { readDataSet } from '@nps-pages/core/pipeline';
import { type BuildInfo, nodeBuildEnvironment, readBuildInfo } from './build-info.ts';
import { gallerySource } from './gallery-files.ts';
import type { LoadedReport, TallyReading } from './loaded-report.ts';

import { reportFromWorker } from './reading-workers.ts';

/**
 * The report of the whole site, read once per build: read the config, ingest every response, read
 * the actions, then build the view models with core. Invalid data fails the build with every issue
 * (`path:line:col CODE message`): a partial report is never published.
 */
export type { LoadedReport, TallyReading };

export interface ReadReportOptions {
  /** The data folder; relative paths are resolved against the cwd. */
  dataDir: string;
  /** Where git runs and the build date comes from. */
  build: BuildInfo;
}

/** The error thrown when the data has errors: its message is the whole list, one issue a line. */
export class DataIssuesError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[], dataDir: string) {
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    super(
      [
        `The data in ${dataDir} has ${errors} error${errors === 1 ? '' : 's'}; the site was not built:`,
        ...issues.map(formatIssue),
      ].join('\n'),
    );
    this.name = 'DataIssuesError';
    this.issues = issues;
  }
}

export function formatIssue(issue: Issue): string {
  return `${issue.file}:${issue.line}:${issue.column} ${issue.code} ${issue.message}`;
}

export async function readReportInThisThread(options: ReadReportOptions): Promise<LoadedReport> {
  const reading = await readData(options, (input) => createReportBuilder(input));
  return splitGalleryCards(reading.result, reading);
}

/** Where the comment side is when the data is read with it apart (see reading-workers.ts). */
export interface CommentSide {
  /** The report's settings and the actions, before the first comment. */
  start(context: ReportContext, actions: readonly Action[]): void;
  add(source: CommentSource): void;
  /** Every comment is in: the theme mentions, which the tallies' report needs. */
  mentions(): Promise<ThemeMentions>;
}

/** The data read with the comment side apart: the report comes without verbatims (attachVerbatims puts them in). */
export async function readTalliesWithCommentsApart(options: ReadReportOptions, comments: CommentSide): Promise<TallyReading> {
  const reading = await readData(options, (input) => {
    const tallies = createTallyBuilder(input, (source) => comments.add(source));
    comments.start(tallies.context, input.actions ?? []);
    return { add: tallies.add, finish: async () => tallies.finish(await comments.mentions()) };
  });
  const { result: tally, ...rest } = reading;
  return { ...rest, tally };
}

/** The site's report from the whole report: the gallery's cards apart (their files are computed on demand). */
export function splitGalleryCards(full: Report, rest: Omit<LoadedReport, 'report' | 'gallery'>): LoadedReport {
  const cards = full.verbatims.cards;
  const report = { ...full, verbatims: { ...full.verbatims, cards: [] } };
  return { ...rest, report, gallery: gallerySource(cards) };
}

type ReportInput = Parameters<typeof createReportBuilder>[0];

/** Reads the data folder, folding each response into the builder `start` gives once the config and actions are known. */
async function readData<Result>(
  options: ReadReportOptions,
  start: (input: ReportInput) => { add: (response: NpsResponse) => void; finish: () => Result | Promise<Result> },
): Promise<Omit<LoadedReport, 'report' | 'gallery'> & { result: Result }> {
  let builder: ReturnType<typeof start> | undefined;
  const reading = await readDataSet({
    files: createNodeDataFiles(resolve(options.dataDir)),
    folder: options.dataDir,
    // Each response is folded into the report as it is parsed, never kept: a million response
    // objects held for a second pass cost more in garbage collection than the pass itself.
    onActions: (actions, config) => {
      builder = start({ config, actions, ...(options.build.date ? { now: options.build.date } : {}) });
    },
    onResponse: (response) => builder?.add(response),
  });
  const issues = reading.issues.sort(compareIssues);
  const config = reading.config;
  if (!config || !builder || hasErrors(issues)) throw new DataIssuesError(issues, options.dataDir);
  // No file fingerprints (meta.files): the site publishes the responses' own (meta.fingerprint, in
  // the footer). Hashing the files cost 0.3 s of a 1M-response build's critical path.
  const result = await builder.finish();
  const excluded = reading.summary?.excluded ?? { missingScore: 0 };
  return { result, config, editions: reading.editions, build: options.build, issues, excluded };
}

let memo: Promise<LoadedReport> | undefined;

/**
 * The report for this build, from NPS_DATA_DIR (default `data`): every page awaits the same
 * promise, so the data is read once however many pages there are.
 */
export function reportOfThisBuild(): Promise<LoadedReport> {
  memo ??= (
    reportFromWorker() ??
    readReportInThisThread({
      dataDir: process.env.NPS_DATA_DIR?.trim() || 'data',
      build: readBuildInfo(nodeBuildEnvironment(process.cwd())),
    })
  ).then((loaded) => {
    for (const issue of loaded.issues) console.warn(`${formatIssue(issue)} (${issue.severity})`);
    return loaded;
  });
  return memo;
}
