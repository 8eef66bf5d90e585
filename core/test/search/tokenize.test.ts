import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../src/search/query.ts';
import { searchableText, tokenize } from '../../src/search/tokenize.ts';

describe('tokenize', () => {
  it.each([
    ["L'attente en CAISSE était trop longue !", ['l', 'attente', 'en', 'caisse', 'etait', 'trop', 'longue']],
    ['Délai de livraison dépassé, colis abîmé', ['delai', 'de', 'livraison', 'depasse', 'colis', 'abime']],
    ['Self-checkout broken; staff’s help 10/10', ['self', 'checkout', 'broken', 'staff', 's', 'help', '10', '10']],
    ['Œuvre cœur', ['oeuvre', 'coeur']],
    // Decomposed accents (macOS file names, some phones) fold like precomposed ones.
    ['de\u0301lai', ['delai']],
    ['<script>alert(1)</script>', ['script', 'alert', '1', 'script']],
    ['', []],
  ])('%j', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });

  it('gives the same tokens whatever the accents and case the user typed', () => {
    expect(tokenize('ÉTÉ à Vélizy')).toEqual(tokenize('ete a velizy'));
  });

  it('builds a searchable text whose words are the tokens, space-delimited', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const searchable = searchableText(text);
        expect(searchable.startsWith(' ') && searchable.endsWith(' ')).toBe(true);
        expect(searchable.trim().split(' ').filter(Boolean)).toEqual(tokenize(text));
      }),
    );
  });
});

describe('queryTerms', () => {
  it('drops stop words only when something else is left', () => {
    expect(queryTerms('le retard de la livraison')).toEqual(['retard', 'livraison']);
    expect(queryTerms('le')).toEqual(['le']);
    expect(queryTerms('the queue at the till')).toEqual(['queue', 'till']);
  });

  it('folds, deduplicates and drops terms covered by a longer one', () => {
    expect(queryTerms('Attente ATTENTE att')).toEqual(['attente']);
    expect(queryTerms('  ')).toEqual([]);
  });

  it('caps the number of terms', () => {
    expect(queryTerms(Array.from({ length: 40 }, (_, index) => `mot${index}x`).join(' '))).toHaveLength(12);
  });
});
