import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringInterner } from '../../src/stats/interner.ts';

describe('StringInterner', () => {
  it('numbers strings in first-seen order, exactly as a Map would', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 300 }), (strings) => {
        const interner = new StringInterner();
        const reference = new Map<string, number>();
        for (const text of strings) {
          if (!reference.has(text)) reference.set(text, reference.size);
          expect(interner.intern(text)).toBe(reference.get(text));
        }
        expect(interner.size).toBe(reference.size);
        expect(interner.values()).toEqual([...reference.keys()]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every string apart as its table grows past thousands of entries', () => {
    const interner = new StringInterner();
    const ids = Array.from({ length: 20_000 }, (_, index) => `C-${index.toString(36)}`);
    for (const id of ids) interner.intern(id);
    // Fresh copies, not the same string objects: found by content.
    for (const [index, id] of ids.entries()) expect(interner.intern(` ${id}`.slice(1))).toBe(index);
    expect(interner.size).toBe(ids.length);
  });
});
