import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hash64 } from '../../src/report/hash.ts';
import { slugify, uniqueSlugs } from '../../src/report/slug.ts';
import { shuffled } from './load.ts';

describe('slugify', () => {
  it('folds accents and case into URL-safe words', () => {
    expect(slugify('Vélizy 2')).toBe('velizy-2');
    expect(slugify("Provence-Alpes-Côte d'Azur")).toBe('provence-alpes-cote-d-azur');
    expect(slugify('  Œuvre & Co.  ')).toBe('oeuvre-co');
    expect(slugify('東京')).toBe('value');
  });

  it('always gives a URL path segment', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(slugify(text)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
    );
  });
});

describe('uniqueSlugs', () => {
  it('suffixes collisions deterministically, whatever the order of the values', () => {
    const values = ['Vélizy 2', 'Velizy 2', 'VELIZY 2', 'velizy-2-2', 'Paris'];
    const slugs = uniqueSlugs(values);
    expect(Object.fromEntries(slugs)).toEqual({
      'VELIZY 2': 'velizy-2',
      'Velizy 2': 'velizy-2-3',
      'Vélizy 2': 'velizy-2-4',
      'velizy-2-2': 'velizy-2-2',
      Paris: 'paris',
    });
    expect(Object.fromEntries(uniqueSlugs(shuffled(values, 7)))).toEqual(Object.fromEntries(slugs));
  });

  it('never gives two values the same slug', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom('a', 'A', 'á', '-', '2', ' ', 'a-2'), { maxLength: 6 }), (parts) => {
        const values = parts.flatMap((part) => [part, `${part} 2`, `${part}-2`]);
        const slugs = [...uniqueSlugs(values).values()];
        expect(new Set(slugs).size).toBe(new Set(values).size);
      }),
    );
  });
});

describe('hash64', () => {
  it('gives 16 hex digits, stable across runs, different for near inputs', () => {
    expect(hash64('')).toMatch(/^[0-9a-f]{16}$/);
    expect(hash64('id\u0000R-1')).toBe(hash64('id\u0000R-1'));
    const near = ['R-1', 'R-2', 'R-10', '1-R', 'r-1'].map((text) => hash64(text));
    expect(new Set(near).size).toBe(near.length);
  });
});
