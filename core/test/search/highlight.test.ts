import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightRanges, splitHighlights } from '../../src/search/highlight.ts';
import { queryTerms } from '../../src/search/query.ts';

function marked(text: string, query: string): string {
  return splitHighlights(text, highlightRanges(text, queryTerms(query)))
    .map((piece) => (piece.marked ? `[${piece.text}]` : piece.text))
    .join('');
}

describe('highlightRanges', () => {
  it.each([
    ['Attente en caisse interminable', 'attente', '[Attente] en caisse interminable'],
    ['Attente en caisse interminable', 'att cais', '[Att]ente en [cais]se interminable'],
    ['Délai dépassé', 'delai depa', '[Délai] [dépa]ssé'],
    ['Le cœur', 'coe', 'Le [cœ]ur'],
    ['Le cœur', 'co', 'Le [cœ]ur'],
    ['de\u0301lai', 'de', '[de\u0301]lai'],
    ['Straße', 'strass', '[Straß]e'],
    ["L'accueil d'Élodie", 'elo accueil', "L'[accueil] d'[Élo]die"],
    ['<img src=x onerror=alert(1)>', 'img alert', '<[img] src=x onerror=[alert](1)>'],
    ['rien à voir', 'caisse', 'rien à voir'],
    ['texte', '', 'texte'],
  ])('%j with %j', (text, query, expected) => {
    expect(marked(text, query)).toBe(expected);
  });

  it('returns sorted, disjoint ranges whose pieces join back to the text', () => {
    const word = fc.constantFrom('attente', 'Attente', 'ÉTÉ', 'été', 'cœur', 'caisse', 'de\u0301lai', 'x', "l'accueil", '🙂');
    const text = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(text, fc.constantFrom('att', 'ete', 'coe', 'delai', 'caisse accueil', 'x'), (comment, query) => {
        const ranges = highlightRanges(comment, queryTerms(query));
        for (let index = 0; index < ranges.length; index++) {
          const range = ranges[index] as { start: number; end: number };
          expect(range.end).toBeGreaterThan(range.start);
          if (index > 0) expect(range.start).toBeGreaterThanOrEqual((ranges[index - 1] as { end: number }).end);
        }
        expect(
          splitHighlights(comment, ranges)
            .map((piece) => piece.text)
            .join(''),
        ).toBe(comment);
      }),
    );
  });
});
