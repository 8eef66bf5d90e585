import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdRegistry } from '../../src/parse/id-registry.ts';

/** The obvious model: a Map from id to its first place. */
function claimAllWithMap(claims: readonly { id: string; file: string; line: number }[]): unknown[] {
  const seen = new Map<string, { file: string; line: number }>();
  return claims.map(({ id, file, line }) => {
    const first = seen.get(id);
    if (first) return first;
    seen.set(id, { file, line });
    return undefined;
  });
}

function claimAll(claims: readonly { id: string; file: string; line: number }[]): unknown[] {
  const registry = new IdRegistry();
  return claims.map(({ id, file, line }) => registry.claim(id, file, line));
}

describe('IdRegistry', () => {
  it('reports a duplicate with the file and line of the first occurrence', () => {
    const registry = new IdRegistry();
    expect(registry.claim('R-1', 'a.csv', 2)).toBeUndefined();
    expect(registry.claim('R-2', 'a.csv', 3)).toBeUndefined();
    expect(registry.claim('R-1', 'b.csv', 7)).toEqual({ file: 'a.csv', line: 2 });
    expect(registry.claim('R-2', 'b.csv', 8)).toEqual({ file: 'a.csv', line: 3 });
    expect(registry.claim('R-3', 'b.csv', 9)).toBeUndefined();
    expect(registry.claim('R-3', 'b.csv', 10)).toEqual({ file: 'b.csv', line: 9 });
  });

  it('tells apart ids that differ only past the first byte of a character, or by length', () => {
    const registry = new IdRegistry();
    for (const [line, id] of ['é', '\u0165', '\u01e9', '😀', '\u0165\u0165', ''].entries()) {
      expect(registry.claim(id, 'a.csv', line + 1)).toBeUndefined();
    }
    expect(registry.claim('\u0165', 'a.csv', 20)).toEqual({ file: 'a.csv', line: 2 });
    expect(registry.claim('', 'a.csv', 21)).toEqual({ file: 'a.csv', line: 6 });
  });

  it('finds duplicates among 200,000 ids in increasing order, then out of order', () => {
    const registry = new IdRegistry();
    const id = (n: number): string => `R-${String(n).padStart(7, '0')}`;
    let duplicates = 0;
    for (let n = 1; n <= 200_000; n++) if (registry.claim(id(n), 'a.csv', n + 1)) duplicates++;
    expect(duplicates).toBe(0);
    expect(registry.claim(id(123_456), 'b.csv', 2)).toEqual({ file: 'a.csv', line: 123_457 });
    expect(registry.claim(id(200_001), 'b.csv', 3)).toBeUndefined();
    expect(registry.claim(id(1), 'b.csv', 4)).toEqual({ file: 'a.csv', line: 2 });
    expect(registry.claim(id(200_001), 'b.csv', 5)).toEqual({ file: 'b.csv', line: 3 });
  });

  it('answers exactly as a Map would, for any ids in any order, sorted runs included', () => {
    const idText = fc.string({ unit: fc.constantFrom('a', 'b', 'é', '\u0165', '1', '😀'), maxLength: 4 });
    const claim = fc.record({ id: idText, file: fc.constantFrom('a.csv', 'b.csv', 'c.json'), line: fc.nat({ max: 1e6 }) });
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 3000 }), fc.boolean(), (claims, sortFirst) => {
        // Sorted input stays on the append-only path until an id repeats or goes backwards.
        const ordered = sortFirst ? [...claims].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)) : claims;
        expect(claimAll(ordered)).toEqual(claimAllWithMap(ordered));
      }),
      { numRuns: 300 },
    );
  });
});
