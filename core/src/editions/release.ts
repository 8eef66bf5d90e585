import type { Action } from '../actions.ts';
import type { NpsConfig } from '../schema/config.ts';
import type { NpsResponse } from '../schema/response.ts';
import { cadenceOf, narrativePeriodKey } from './cadence.ts';
import { canonicalJson, sha256Hex } from './digest.ts';
import { freezeActions, freezeResponses, frozenFileText } from './frozen-records.ts';
import { EDITION_FORMAT, type EditionManifest, editionPaths, type FrozenConfig } from './manifest.ts';

/**
 * Cutting an edition, as a pure function: the responses and actions of the period in, the text of
 * every file of data/editions/<id>/ out. Writing them (and refusing to overwrite) is the CLI's job.
 */
export interface ReleaseInput {
  id: string;
  from: string;
  to: string;
  /** Defaults to the id. */
  title?: string;
  /** The day of the release, YYYY-MM-DD: the caller reads the clock (or a pinned date), never core. */
  created: string;
  config: NpsConfig;
  responses: Iterable<NpsResponse>;
  actions: readonly Action[];
}

export interface ReleasedEdition {
  manifest: EditionManifest;
  /** Paths relative to the data folder -> text. */
  files: { path: string; text: string }[];
  /** The narrative template, to write only when data/editions/<id>.md does not exist. */
  narrative: { path: string; text: string };
}

export async function releaseEdition(input: ReleaseInput): Promise<ReleasedEdition> {
  const { id, from, to, config } = input;
  const paths = editionPaths(id);
  const responses = await freezeResponses(input.responses, { id, from, to, config });
  const actions = freezeActions(input.actions, { from, to });
  const responsesText = frozenFileText(id, 'responses', responses);
  const actionsText = frozenFileText(id, 'actions', actions);
  const manifest: EditionManifest = {
    format: EDITION_FORMAT,
    id,
    title: input.title ?? id,
    period: { from, to },
    cadence: cadenceOf(from, to),
    created: input.created,
    rows: responses.length,
    actions: actions.length,
    sha256: { responses: await sha256Hex(responsesText), actions: await sha256Hex(actionsText) },
    configFingerprint: await configFingerprint(config),
    config: frozenConfigOf(config),
  };
  return {
    manifest,
    files: [
      { path: paths.manifest, text: `${JSON.stringify(manifest, null, 2)}\n` },
      { path: paths.responses, text: responsesText },
      { path: paths.actions, text: actionsText },
    ],
    narrative: { path: paths.narrative, text: narrativeTemplate(manifest) },
  };
}

export function frozenConfigOf(config: NpsConfig): FrozenConfig {
  const { site, statistics, segments, themes, privacy } = config;
  return { site, statistics, segments, themes, privacy };
}

/** 16 hex digits of the SHA-256 of the whole config (sources included): tells whether the config changed since. */
export async function configFingerprint(config: NpsConfig): Promise<string> {
  return (await sha256Hex(canonicalJson(config))).slice(0, 16);
}

/** A draft narrative valid against the edition schema, in the site's language. */
export function narrativeTemplate(manifest: EditionManifest): string {
  const fr = manifest.config.site.locale === 'fr';
  return [
    '---',
    `title: ${JSON.stringify(manifest.title)}`,
    `period: "${narrativePeriodKey(manifest.period.from, manifest.period.to)}"`,
    'status: draft',
    `summary: ${JSON.stringify(fr ? 'À compléter : ce que disent les chiffres de la période.' : 'To do: what the figures of the period say.')}`,
    'highlights:',
    `  - ${JSON.stringify(fr ? 'À compléter' : 'To do')}`,
    `authors: [${JSON.stringify(fr ? 'Équipe CX' : 'CX team')}]`,
    '---',
    '',
    fr ? '## Ce qui a changé' : '## What changed',
    '',
    '',
  ].join('\n');
}
