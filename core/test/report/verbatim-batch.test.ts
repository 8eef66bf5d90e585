import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packVerbatims, unpackVerbatims, verbatimBatchBuffers } from '../../src/report/verbatim-batch.ts';
import type { VerbatimSource } from '../../src/report/verbatim-collector.ts';

const layout = { fields: ['store', 'channel', 'region'], themes: ['attente', 'prix', 'accueil', 'livraison'] };

// Any text, lone surrogates and the empty string included: the comments travel joined in one string.
const text = fc.string({ unit: 'binary', maxLength: 40 });
const source: fc.Arbitrary<VerbatimSource> = fc.record({
  day: fc.constantFrom('2026-01-01', '2026-01-02', '2026-02-28'),
  at: fc.option(fc.integer({ min: -8.64e15, max: 8.64e15 }), { nil: undefined }),
  score: fc.integer({ min: 0, max: 10 }),
  comment: text,
  language: fc.option(fc.constantFrom('fr', 'en', 'de'), { nil: undefined }),
  // Declared fields, some missing, and one the layout does not declare (cards never show it).
  segments: fc.record(
    { store: fc.constantFrom('Lyon', 'Paris', '', '__proto__'), channel: text, other: text },
    { requiredKeys: [] },
  ),
  themes: fc.subarray(layout.themes),
  replied: fc.boolean(),
});

/** What a batch keeps of a source: its declared segments only. */
function declaredOnly(value: VerbatimSource): VerbatimSource {
  const segments: Record<string, string> = {};
  for (const field of layout.fields) {
    const segment = value.segments[field];
    if (segment !== undefined) segments[field] = segment;
  }
  return { ...value, segments };
}

describe('verbatim batches (the thread crossing of the verbatim side)', () => {
  it('give back every source, its undeclared segments left out', () => {
    fc.assert(
      fc.property(fc.array(source, { maxLength: 30 }), (sources) => {
        const batch = packVerbatims(sources, layout);
        // What postMessage does to it: a structured clone, the typed arrays' buffers transferred.
        const received = structuredClone(batch, { transfer: verbatimBatchBuffers(batch) });
        expect(unpackVerbatims(received, layout)).toEqual(sources.map(declaredOnly));
      }),
    );
  });

  it('refuses a theme the layout does not know rather than dropping it', () => {
    const unknown = { ...declaredOnly(fc.sample(source, 1)[0] as VerbatimSource), themes: ['inconnu'] };
    expect(() => packVerbatims([unknown], layout)).toThrow(/inconnu/);
  });
});
