// The report side of editions (imports the report builders): re-exported by core/src/index.ts only.
export {
  type ActionMove,
  type ChangesOptions,
  type EditionChanges,
  type EditionRef,
  editionChanges,
  type FigureMove,
  type SegmentMove,
  type ThemeMove,
} from './changes.ts';
export { buildEditionReport, editionConfig } from './edition-report.ts';
