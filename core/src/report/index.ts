// The public API of this module (re-exported by core/src/index.ts as a whole).
export type * from './model.ts';
