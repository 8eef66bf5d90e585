import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommentPacker, commentBatchBuffers, unpackComments } from '../../src/report/comment-batch.ts';
import type { CommentSource } from '../../src/report/verbatim-collector.ts';

const layout = { fields: ['store', 'channel', 'region'] };

// Any text, lone surrogates and the empty string included: the comments travel joined in one string.
const text = fc.string({ unit: 'binary', maxLength: 40 });
const source: fc.Arbitrary<CommentSource> = fc.record({
  day: fc.constantFrom('2026-01-01', '2026-01-02', '2026-02-28'),
  at: fc.option(fc.integer({ min: -8.64e15, max: 8.64e15 }), { nil: undefined }),
  score: fc.integer({ min: 0, max: 10 }),
  weight: fc.option(fc.double({ min: Number.MIN_VALUE, max: 1e6, noNaN: true }), { nil: undefined }),
  comment: text,
  language: fc.option(fc.constantFrom('fr', 'en', 'de'), { nil: undefined }),
  // Declared fields, some missing, and one the layout does not declare (cards never show it).
  segments: fc.record(
    { store: fc.constantFrom('Lyon', 'Paris', '', '__proto__'), channel: text, other: text },
    { requiredKeys: [] },
  ),
  replied: fc.boolean(),
});

/** What a batch keeps of a source: its declared segments only. */
function declaredOnly(value: CommentSource): CommentSource {
  const segments: Record<string, string> = {};
  for (const field of layout.fields) {
    const segment = value.segments[field];
    if (segment !== undefined) segments[field] = segment;
  }
  return { ...value, segments };
}

/** What postMessage does to a batch: a structured clone, the typed arrays' buffers transferred. */
const crossed = <T extends Parameters<typeof commentBatchBuffers>[0]>(batch: T): T =>
  structuredClone(batch, { transfer: commentBatchBuffers(batch) });

describe('comment batches (the thread crossing of the comment side)', () => {
  it('give back every source in order, batch after batch, undeclared segments left out', () => {
    fc.assert(
      fc.property(fc.array(source, { maxLength: 30 }), fc.integer({ min: 1, max: 7 }), (sources, capacity) => {
        const packer = new CommentPacker(layout, capacity);
        const received: CommentSource[] = [];
        for (const item of sources) {
          packer.add(item);
          if (packer.full) received.push(...unpackComments(crossed(packer.take()), layout));
        }
        // The last batch is partial: its columns are trimmed to its count.
        if (packer.size > 0) received.push(...unpackComments(crossed(packer.take()), layout));
        expect(received).toEqual(sources.map(declaredOnly));
      }),
    );
  });

  it('sends only what the batch holds, and refuses to overfill it', () => {
    const items = fc.sample(source, 3);
    const partial = new CommentPacker(layout, 4);
    for (const item of items) partial.add(item);
    const batch = partial.take();
    expect([batch.count, batch.at.length, batch.commentEnds.length, batch.days.codes.length]).toEqual([3, 3, 3, 3]);
    const packer = new CommentPacker(layout, 1);
    packer.add(items[0] as CommentSource);
    expect(() => packer.add(items[1] as CommentSource)).toThrow(/full/);
  });
});
