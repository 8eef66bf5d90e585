/**
 * Per-key debouncing with an injected clock, so tests drive time by hand. Each key (a document URI)
 * has its own timer: typing in one file never delays the diagnostics of another.
 */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface KeyedDebouncer {
  /**
   * Runs `task` after `delay` ms (the debouncer's, unless this call gives its own) unless the same
   * key is scheduled again before: the last call wins, its task and its delay.
   */
  schedule(key: string, task: () => void, delay?: number): void;
  /** Runs the pending task of `key` now (e.g. when the preview asks), if any. */
  flush(key: string): void;
  cancel(key: string): void;
  dispose(): void;
}

export function createKeyedDebouncer(defaultDelay: number, timers: Timers = realTimers): KeyedDebouncer {
  const pending = new Map<string, { handle: unknown; task: () => void }>();
  const run = (key: string) => {
    const entry = pending.get(key);
    if (!entry) return;
    pending.delete(key);
    entry.task();
  };
  return {
    schedule(key, task, delay = defaultDelay) {
      const previous = pending.get(key);
      if (previous) timers.clear(previous.handle);
      pending.set(key, { handle: timers.set(() => run(key), delay), task });
    },
    flush(key) {
      const entry = pending.get(key);
      if (entry) timers.clear(entry.handle);
      run(key);
    },
    cancel(key) {
      const entry = pending.get(key);
      if (entry) timers.clear(entry.handle);
      pending.delete(key);
    },
    dispose() {
      for (const entry of pending.values()) timers.clear(entry.handle);
      pending.clear();
    },
  };
}
