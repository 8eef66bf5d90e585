// The public API of this module (re-exported by core/src/index.ts as a whole): the verbatim
// gallery's data format, URL contract, tokenisation, matching and highlighting, shared by the
// site build and the browser.
export {
  type BuildGalleryOptions,
  buildGalleryData,
  compareCardsNewestFirst,
  GALLERY_DATA_VERSION,
  type GalleryCardRow,
  type GalleryCardSource,
  type GalleryCategory,
  type GalleryChunk,
  type GalleryData,
  type GalleryManifest,
  type GallerySegmentValue,
  monthRange,
  safeJson,
} from './gallery-data.ts';
export { type GalleryDoc, GalleryEngine, type GalleryResults } from './gallery-engine.ts';
export {
  emptyGalleryFilter,
  formatGalleryParams,
  type GalleryFilter,
  isFilterEmpty,
  parseGalleryParams,
  RESERVED_PARAMS,
} from './gallery-filter.ts';
export { type HighlightRange, highlightRanges, splitHighlights } from './highlight.ts';
export { matchScore, type Needles, needlesOf, scoreNeedles } from './match.ts';
export { isStopWord, queryTerms } from './query.ts';
export { searchableText, tokenize } from './tokenize.ts';
