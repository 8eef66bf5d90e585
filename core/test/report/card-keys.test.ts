import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CardKeys } from '../../src/report/card-keys.ts';
import { hash64, lanesToHex } from '../../src/report/hash.ts';

/** The definition: the key, or the first of hash64("key#2"), hash64("key#3")... not given yet. */
function reference(): (lanes: [number, number]) => string {
  const given = new Set<string>();
  return (lanes) => {
    const key = lanesToHex(lanes);
    let claimed = key;
    for (let occurrence = 2; given.has(claimed); occurrence++) claimed = hash64(`${key}#${occurrence}`);
    given.add(claimed);
    return claimed;
  };
}

describe('CardKeys', () => {
  it('gives the keys the definition gives, duplicates and keys sharing their low bits included', () => {
    // Few high lanes, and low lanes that differ only in their 3 lowest bits: keys share the 29 bits of the Map.
    const lanes = fc.tuple(
      fc.constantFrom(0, 1, 0xffffffff).map((high) => high >>> 0),
      fc.integer({ min: 0, max: 7 }),
    );
    fc.assert(
      fc.property(fc.array(lanes, { maxLength: 60 }), (sequence) => {
        const keys = new CardKeys();
        const expected = reference();
        for (const [high, low] of sequence) expect(keys.claim([low, high])).toBe(expected([low, high]));
      }),
      { numRuns: 300 },
    );
  });
});
