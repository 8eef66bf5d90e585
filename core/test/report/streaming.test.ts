import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, createReportBuilder } from '../../src/report/build.ts';
import type { SegmentRef, VerbatimCard } from '../../src/report/model.ts';
import { packCards, transferablesOf, unpackCards } from '../../src/report/packed-cards.ts';
import { categoryOf } from '../../src/stats/categories.ts';
import { loadData, readFolder, shuffled } from './load.ts';

const SMALL = new URL('../fixtures/report/small-fr', import.meta.url).pathname;

describe('createReportBuilder (responses folded as they are read)', () => {
  it('gives the report buildReport gives, in any order of the responses', async () => {
    const data = await loadData(readFolder(SMALL));
    const input = { config: data.config, actions: data.actions, now: '2026-10-05' };
    const files = [{ path: 'responses.csv', fingerprint: 'pinned' }];
    const expected = JSON.stringify(buildReport({ ...input, responses: data.responses, files }));
    for (const seed of [0, 1, 2]) {
      const builder = createReportBuilder(input);
      for (const response of seed === 0 ? data.responses : shuffled(data.responses, seed)) builder.add(response);
      expect(JSON.stringify(builder.finish(files))).toBe(expected);
    }
  });
});

const refArb = fc.record({ field: fc.constantFrom('channel', 'store'), value: fc.string(), slug: fc.string() });
const cardsArb = fc.array(refArb, { minLength: 1, maxLength: 4 }).chain((refs) =>
  fc.array(
    fc.record({
      key: fc.string({ minLength: 16, maxLength: 16 }),
      day: fc.constantFrom('2026-01-31', '2026-02-01'),
      score: fc.integer({ min: 0, max: 10 }),
      // Any text: empty, astral, lone surrogates, NUL: pieces are cut by length, not by a separator.
      comment: fc.string({ unit: 'binary' }),
      language: fc.constantFrom(null, 'fr', 'en'),
      segments: fc.subarray(refs),
      themes: fc.uniqueArray(fc.constantFrom('prix', 'attente', 'accueil')),
      replied: fc.boolean(),
    }),
    { maxLength: 30 },
  ),
);

describe('packCards / unpackCards (the report crossing threads)', () => {
  it('gives back equal cards, with the category of their score', () => {
    fc.assert(
      fc.property(cardsArb, (drawn) => {
        const cards: VerbatimCard[] = drawn.map((card) => ({
          key: card.key,
          day: card.day,
          score: card.score,
          category: categoryOf(card.score),
          comment: card.comment,
          language: card.language,
          segments: card.segments,
          themes: card.themes,
          replied: card.replied,
        }));
        const copy = unpackCards(structuredClone(packCards(cards)));
        expect(copy).toEqual(cards);
        // Property order too: it is the order of the keys in every JSON the site writes.
        expect(JSON.stringify(copy)).toBe(JSON.stringify(cards));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps one segment reference object per field and value, as the report has them', () => {
    const ref: SegmentRef = { field: 'store', value: 'Lyon', slug: 'lyon' };
    const card = (key: string): VerbatimCard => ({
      key,
      day: '2026-01-01',
      score: 9,
      category: 'promoter',
      comment: key,
      language: null,
      segments: [ref],
      themes: [],
      replied: false,
    });
    const packed = packCards([card('a'), card('b')]);
    expect(packed.refs).toHaveLength(1);
    const [first, second] = unpackCards(packed);
    expect(first?.segments[0]).toBe(second?.segments[0]);
    expect(transferablesOf(packed).every((buffer) => buffer instanceof ArrayBuffer)).toBe(true);
  });
});
