import { describe, expect, it } from 'vitest';
import { createKeyedDebouncer, type Timers } from '../../src/debounce.ts';

/** A clock moved by hand: tests never sleep. */
function manualTimers() {
  let now = 0;
  let next = 0;
  const queue = new Map<number, { at: number; callback: () => void }>();
  const timers: Timers = {
    set(callback, ms) {
      queue.set(++next, { at: now + ms, callback });
      return next;
    },
    clear(handle) {
      queue.delete(handle as number);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [handle, timer] of [...queue].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at <= now) {
        queue.delete(handle);
        timer.callback();
      }
    }
  };
  return { timers, advance };
}

describe('the keyed debouncer', () => {
  it('runs once, 250 ms after the last keystroke', () => {
    const { timers, advance } = manualTimers();
    const debouncer = createKeyedDebouncer(250, timers);
    const runs: string[] = [];
    for (let key = 0; key < 5; key++) {
      debouncer.schedule('a.csv', () => runs.push(`a${key}`));
      advance(100);
    }
    expect(runs).toEqual([]);
    advance(150);
    expect(runs).toEqual(['a4']);
  });

  it('keeps files apart, flushes and cancels', () => {
    const { timers, advance } = manualTimers();
    const debouncer = createKeyedDebouncer(250, timers);
    const runs: string[] = [];
    debouncer.schedule('a.csv', () => runs.push('a'));
    debouncer.schedule('b.json', () => runs.push('b'));
    debouncer.flush('b.json');
    expect(runs).toEqual(['b']);
    debouncer.cancel('a.csv');
    advance(1000);
    expect(runs).toEqual(['b']);
    debouncer.schedule('a.csv', () => runs.push('a'));
    debouncer.dispose();
    advance(1000);
    expect(runs).toEqual(['b']);
  });

  it('takes the delay of the last call: a quick edit after a slow one runs at once, and the reverse waits', () => {
    const { timers, advance } = manualTimers();
    const debouncer = createKeyedDebouncer(250, timers);
    const runs: string[] = [];
    debouncer.schedule('a.csv', () => runs.push('slow'));
    debouncer.schedule('a.csv', () => runs.push('quick'), 0);
    advance(0);
    expect(runs).toEqual(['quick']);
    debouncer.schedule('a.csv', () => runs.push('quick'), 0);
    debouncer.schedule('a.csv', () => runs.push('slow'));
    advance(249);
    expect(runs).toEqual(['quick']);
    advance(1);
    expect(runs).toEqual(['quick', 'slow']);
  });
});
