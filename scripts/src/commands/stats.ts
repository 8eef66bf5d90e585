import {
  addResponse,
  CANONICAL_FIELDS,
  carriesWeights,
  compareIssues,
  configSchema,
  createAggregate,
  hasErrors,
  type NpsAggregate,
  type NpsConfig,
  type Period,
  reportAggregate,
  summarize,
} from '@nps-pages/core/pipeline';
import { readDataSetOnDisk } from '../data-set.ts';
import { formatIssues } from '../issue-output.ts';
import { createProgress } from '../progress.ts';
import { type StatsJson, toStatsJson } from '../stats-json.ts';
import { formatStatsText } from '../stats-output.ts';
import type { CommandIo } from './validate.ts';

export interface StatsOptions {
  data: string;
  json?: boolean;
  by?: Period;
  segment?: string;
  map: Record<string, string>;
  dateFormat?: string;
  headerRows?: number;
  delimiter?: string;
  files: readonly string[];
}

/**
 * `nps stats`: read, validate, aggregate, print. With files and reading options (--map,
 * --date-format, --header-rows, --delimiter) the files are read as an ad-hoc export, so the
 * command answers "what is the NPS of this export?" without a config. Invalid data: the same
 * issues and exit code as `nps validate`, and no figures (a partial NPS would mislead).
 */
export async function statsCommand(options: StatsOptions, io: CommandIo): Promise<number> {
  const adHoc = adHocConfig(options);
  if (typeof adHoc === 'string') {
    io.stderr(`nps stats: ${adHoc}\n`);
    return 2;
  }
  // Filled in by onConfig, before the first response (an object: closures defeat narrowing).
  const state: { aggregate?: NpsAggregate; segmentError?: string } = {};
  const progress = createProgress(io);
  const reading = await readDataSetOnDisk({
    dataDir: options.data,
    files: options.files,
    adHoc,
    onConfig(config) {
      const declared = config.segments.map((segment) => segment.field);
      if (options.segment !== undefined && !declared.includes(options.segment)) {
        state.segmentError = `no segment "${options.segment}" in the config (segments: ${declared.join(', ') || 'none'})`;
      }
      const segmentFields = options.segment !== undefined && !state.segmentError ? [options.segment] : [];
      // The periods are printed only with --by: without it, `auto` needs no resolving.
      const period = options.by ?? (config.site.period === 'auto' ? 'day' : config.site.period);
      state.aggregate = createAggregate({ period, segmentFields });
    },
    onResponse(response) {
      progress.tick();
      if (state.aggregate) addResponse(state.aggregate, response);
    },
    onFile: (file, index, total) => progress.file(file, index, total),
  });
  progress.done();
  const issues = reading.issues.sort(compareIssues);
  if (!reading.config) {
    io.stderr(formatIssues(issues, 'text'));
    return 2;
  }
  const { aggregate, segmentError } = state;
  if (segmentError || !aggregate) {
    io.stderr(`nps stats: ${segmentError ?? 'no data'}\n`);
    return 2;
  }
  if (issues.length > 0) io.stderr(formatIssues(issues, 'text'));
  if (hasErrors(issues)) {
    io.stderr(
      `nps stats: the data has errors (${issues.filter((issue) => issue.severity === 'error').length}); fix them first\n`,
    );
    return 1;
  }
  // The command's figures are unweighted by contract; the weighted ones (what the site shows when
  // statistics.weighted is on, the default) come apart in `weighted`.
  const statistics = { ...reading.config.statistics, weighted: false };
  const report = reportAggregate(aggregate, statistics);
  // ci95 is fixed by the command's contract (adjusted Wald at 95%), whatever the config shows.
  const at95 = summarize(aggregate.overall, { ...statistics, confidence: 0.95, interval: 'adjusted-wald' });
  const weighted = carriesWeights(aggregate.overall)
    ? summarize(aggregate.overall, { ...statistics, weighted: true })
    : undefined;
  const json: StatsJson = toStatsJson({
    report,
    at95,
    weighted,
    by: options.by,
    segment: options.segment,
    summary: reading.summary,
  });
  io.stdout(options.json ? `${JSON.stringify(json, null, 2)}\n` : formatStatsText(json));
  return 0;
}

/** The config for files read with command-line options, an error message, or undefined (use data/). */
function adHocConfig(options: StatsOptions): NpsConfig | undefined | string {
  const reading =
    Object.keys(options.map).length > 0 ||
    options.dateFormat !== undefined ||
    options.headerRows !== undefined ||
    options.delimiter !== undefined;
  if (!reading) return undefined;
  if (options.files.length === 0)
    return '--map, --date-format, --header-rows and --delimiter read the FILES given: name at least one';
  const canonical = new Set<string>(CANONICAL_FIELDS);
  const segmentFields = new Set(Object.keys(options.map).filter((field) => !canonical.has(field)));
  if (options.segment !== undefined && !canonical.has(options.segment)) segmentFields.add(options.segment);
  const delimiter = options.delimiter === 'tab' ? '\t' : options.delimiter;
  const parsed = configSchema.safeParse({
    sources: [
      {
        path: '**',
        columns: options.map,
        ...(options.headerRows !== undefined ? { headerRows: options.headerRows } : {}),
        ...(options.dateFormat !== undefined ? { dateFormat: options.dateFormat } : {}),
        ...(delimiter !== undefined ? { delimiter } : {}),
      },
    ],
    segments: [...segmentFields].sort().map((field) => ({ field })),
  });
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`).join('; ');
  }
  return parsed.data;
}
