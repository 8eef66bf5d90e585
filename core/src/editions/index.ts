// Report editions, the part the command line needs (no report models): cut, read and check editions.
// The report of an edition and the changes between two are in ./reporting.ts (the full core).
export { cadenceOf, type DatedEdition, narrativePeriodKey, overlappingEditions } from './cadence.ts';
export { canonicalJson, sha256Hex } from './digest.ts';
export { checkEditionSet, previousEdition, sortEditions } from './edition-set.ts';
export { type FrozenFileReading, readFrozenFile } from './frozen-file.ts';
export {
  type FrozenAction,
  type FrozenResponse,
  freezeActions,
  freezeResponses,
  frozenFileText,
  recordHash,
} from './frozen-records.ts';
export {
  EDITION_CADENCES,
  EDITION_FORMAT,
  EDITION_ID,
  type EditionCadence,
  type EditionManifest,
  editionIdOfPath,
  editionManifestSchema,
  editionPaths,
  type FrozenConfig,
  frozenConfigSchema,
} from './manifest.ts';
export { type EditionTexts, type LoadedEdition, type Narrative, readEdition } from './read.ts';
export {
  configFingerprint,
  frozenConfigOf,
  narrativeTemplate,
  type ReleasedEdition,
  type ReleaseInput,
  releaseEdition,
} from './release.ts';
