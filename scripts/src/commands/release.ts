import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  compareIssues,
  EDITION_ID,
  editionFrontMatterSchema,
  editionPaths,
  hasErrors,
  type Issue,
  type NpsResponse,
  parseFrontMatter,
  pluralEn,
  releaseEdition,
} from '@nps-pages/core/pipeline';
import { readDataSetOnDisk } from '../data-set.ts';
import { formatIssues } from '../issue-output.ts';
import type { CommandIo } from './validate.ts';

/**
 * `nps release <id> --from DATE --to DATE [--title T] [--force]`: freezes the responses and actions
 * of a period into data/editions/<id>/ (core's releaseEdition computes the files; this writes them).
 * Exit codes: 0 released, 1 the live data has errors, 2 usage (bad dates, existing edition).
 */
export interface ReleaseOptions {
  id: string;
  data: string;
  from: string;
  to: string;
  title?: string;
  force?: boolean;
  /** The release day; defaults to NPS_BUILD_DATE, then today (UTC). */
  created?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function releaseCommand(options: ReleaseOptions, io: CommandIo): Promise<number> {
  const usage = usageProblem(options);
  if (usage) {
    io.stderr(`nps release: ${usage}\n`);
    return 2;
  }
  const dataDir = resolve(options.data);
  const paths = editionPaths(options.id);
  const refusal = await existingEditionProblem(dataDir, options);
  if (refusal) {
    io.stderr(`nps release: ${refusal}\n`);
    return 2;
  }
  const responses: NpsResponse[] = [];
  const reading = await readDataSetOnDisk({ dataDir, files: [], onResponse: (response) => void responses.push(response) });
  const errors = reading.issues.filter((issue) => issue.severity === 'error').sort(compareIssues);
  if (!reading.config || hasErrors(errors)) {
    io.stdout(formatIssues(errors, 'text'));
    io.stderr(`nps release: ${whereErrorsAre(errors)}; fix them before freezing an edition\n`);
    return reading.config ? 1 : 2;
  }
  const created = options.created ?? process.env.NPS_BUILD_DATE?.trim().slice(0, 10) ?? new Date().toISOString().slice(0, 10);
  const released = await releaseEdition({
    id: options.id,
    from: options.from,
    to: options.to,
    ...(options.title ? { title: options.title } : {}),
    created,
    config: reading.config,
    responses,
    actions: reading.actions ?? [],
  });
  for (const file of released.files) {
    const path = join(dataDir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
  }
  const narrativePath = join(dataDir, paths.narrative);
  const wroteNarrative = !existsSync(narrativePath);
  if (wroteNarrative) await writeFile(narrativePath, released.narrative.text);
  const { manifest } = released;
  io.stderr(
    `released edition ${manifest.id} (${manifest.cadence}, ${manifest.period.from} – ${manifest.period.to}): ${pluralEn(manifest.rows, 'response', 'responses')}, ${pluralEn(manifest.actions, 'action', 'actions')}` +
      `${wroteNarrative ? `; write its narrative in ${join(options.data, paths.narrative)}` : ''}\n`,
  );
  return 0;
}

/** Which files hold the errors, and whether they are the live data or an edition already frozen. */
function whereErrorsAre(errors: readonly Issue[]): string {
  const files = [...new Set(errors.map((issue) => issue.file))];
  const named = files.slice(0, 3).join(', ') + (files.length > 3 ? ` and ${files.length - 3} more files` : '');
  const frozen = files.every((file) => /(^|\/)editions\//.test(file));
  const what = frozen
    ? files.length === 1
      ? 'an existing edition has errors'
      : 'existing editions have errors'
    : 'the data has errors';
  return `${what} (${named})`;
}

function usageProblem(options: ReleaseOptions): string | undefined {
  if (!EDITION_ID.test(options.id))
    return `"${options.id}" is not an edition id: use letters, digits, ".", "_" and "-" (e.g. 2026-T3)`;
  for (const [name, value] of [
    ['--from', options.from],
    ['--to', options.to],
  ] as const) {
    if (
      !DAY.test(value) ||
      Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
      new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
    ) {
      return `${name} must be a day written YYYY-MM-DD, not "${value}"`;
    }
  }
  if (options.from > options.to) return `--from ${options.from} is after --to ${options.to}`;
  return undefined;
}

/** Releasing over an edition is refused, unless --force over a draft; a published edition is never overwritten. */
async function existingEditionProblem(dataDir: string, options: ReleaseOptions): Promise<string | undefined> {
  const paths = editionPaths(options.id);
  if (!existsSync(join(dataDir, paths.manifest))) return undefined;
  const narrative = await readFile(join(dataDir, paths.narrative), 'utf8').catch(() => undefined);
  const status =
    narrative === undefined ? 'draft' : parseFrontMatter(paths.narrative, narrative, editionFrontMatterSchema).data?.status;
  if (status === 'published') {
    return `edition ${options.id} is published (${paths.narrative} says status: published) and can never be overwritten; release a new id instead`;
  }
  if (!options.force) {
    return `edition ${options.id} already exists in ${join(options.data, 'editions', options.id)}; pass --force to release this draft again`;
  }
  return undefined;
}
