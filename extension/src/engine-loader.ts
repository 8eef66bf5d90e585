import type * as EngineModule from './engine.ts';

/** What engine.ts exports: core's parsers, validation, statistics and preview models. */
export type Engine = typeof EngineModule;

let loaded: Engine | undefined;
let loading: Promise<Engine> | undefined;

/**
 * Loads the engine once. The first load waits for a macrotask: called from activate(), the
 * require would otherwise run in the microtasks that follow it, before VS Code records the
 * activation as resolved, and count as activation again. Everything that needs core awaits this
 * (the first reading of the data folder, commands); the rest runs only once a reading exists.
 */
export function loadEngine(): Promise<Engine> {
  loading ??= new Promise<void>((resolve) => setTimeout(resolve, 0))
    .then(() => import('./engine.ts'))
    .then((module) => {
      loaded = module;
      return module;
    });
  return loading;
}

/** The loaded engine. Only called on paths that run after a reading of the data folder, i.e. after loadEngine(). */
export function engine(): Engine {
  if (!loaded) throw new Error('NPS Pages: the engine was used before it loaded (a bug: await loadEngine() first)');
  return loaded;
}
