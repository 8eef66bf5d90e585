import { z } from 'zod';
import { isoDaySchema } from '../schema/action.ts';
import { configSchema } from '../schema/config.ts';

/**
 * data/editions/<id>/manifest.json, written by `nps release`: what was frozen, when, and the hashes
 * that prove the frozen files were not edited since. It carries a copy of the config parts a report
 * needs (site, statistics, segments, themes, privacy, editions), so rebuilding an edition reads
 * nothing outside data/editions/.
 */
export const EDITION_FORMAT = 1;

/** An edition id is a file and URL name: 2026-T3, 2026-03, barometre-printemps. */
export const EDITION_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const EDITION_CADENCES = ['week', 'month', 'quarter', 'year', 'custom'] as const;
export type EditionCadence = (typeof EDITION_CADENCES)[number];

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hexadecimal');

/** The config as frozen: everything but the sources (which name live files) and the benchmarks. */
export const frozenConfigSchema = configSchema.pick({
  site: true,
  statistics: true,
  segments: true,
  themes: true,
  privacy: true,
});

export const editionManifestSchema = z.strictObject({
  format: z.literal(EDITION_FORMAT),
  id: z.string().regex(EDITION_ID, 'letters, digits, ".", "_" and "-"'),
  title: z.string().min(1),
  period: z.strictObject({ from: isoDaySchema, to: isoDaySchema }),
  cadence: z.enum(EDITION_CADENCES),
  created: isoDaySchema,
  rows: z.int().min(0),
  actions: z.int().min(0),
  sha256: z.strictObject({ responses: sha256, actions: sha256 }),
  configFingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  config: frozenConfigSchema,
});

export type EditionManifest = z.output<typeof editionManifestSchema>;
export type FrozenConfig = z.output<typeof frozenConfigSchema>;

/** Where the files of an edition live, relative to the data folder. */
export function editionPaths(id: string): { manifest: string; responses: string; actions: string; narrative: string } {
  return {
    manifest: `editions/${id}/manifest.json`,
    responses: `editions/${id}/responses.json`,
    actions: `editions/${id}/actions.json`,
    narrative: `editions/${id}.md`,
  };
}

/** The folder name of a path of the data folder holding a frozen edition file, or undefined. */
export function editionIdOfPath(path: string): string | undefined {
  return /^editions\/([^/]+)\/(?:manifest|responses|actions)\.json$/.exec(path)?.[1];
}
