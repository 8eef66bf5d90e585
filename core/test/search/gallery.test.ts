import { describe, expect, it } from 'vitest';
import { buildGalleryData, type GalleryCardSource, safeJson } from '../../src/search/gallery-data.ts';
import { GalleryEngine } from '../../src/search/gallery-engine.ts';
import {
  emptyGalleryFilter,
  formatGalleryParams,
  type GalleryFilter,
  parseGalleryParams,
} from '../../src/search/gallery-filter.ts';

const velizy = { field: 'store', slug: 'velizy-2', value: 'Vélizy 2' };
const lyon = { field: 'store', slug: 'lyon-part-dieu', value: 'Lyon Part-Dieu' };
const web = { field: 'channel', slug: 'web', value: 'Web' };

const cards: GalleryCardSource[] = [
  {
    key: 'a',
    day: '2025-01-10',
    score: 3,
    comment: 'Attente en caisse interminable',
    segments: [velizy],
    themes: ['attente-caisse'],
  },
  { key: 'b', day: '2025-03-02', score: 10, comment: "Accueil chaleureux, pas d'attente", segments: [lyon], themes: ['accueil'] },
  {
    key: 'c',
    day: '2025-06-30',
    score: 8,
    comment: 'Caisses rapides mais rayon vide',
    segments: [velizy],
    themes: ['rupture-stock'],
  },
  { key: 'd', day: '2025-07-01', score: 2, comment: 'Colis livré en retard', segments: [web], themes: ['livraison'] },
  { key: 'e', day: '2025-02-14', score: 6, comment: 'attente', segments: [velizy], themes: ['attente-caisse'] },
];

function engineFor(chunkSize: number): GalleryEngine {
  const data = buildGalleryData(cards, { chunkSize, chunkName: (index) => `chunk-${index}.json` });
  const engine = new GalleryEngine(data.manifest);
  // Reverse order: chunks arrive in any order over the network.
  for (let index = data.chunks.length - 1; index >= 0; index--) engine.addChunk(index, data.chunks[index] as never);
  return engine;
}

function keys(engine: GalleryEngine, filter: Partial<GalleryFilter>): string[] {
  return engine.search({ ...emptyGalleryFilter(), ...filter }).docs.map((doc) => doc.row[0]);
}

describe('buildGalleryData', () => {
  it('orders cards newest first, chunks them and indexes segments and themes', () => {
    const { manifest, chunks } = buildGalleryData(cards, { chunkSize: 2, chunkName: (index) => `c${index}.json` });
    expect(manifest.total).toBe(5);
    expect(manifest.chunks).toEqual(['c0.json', 'c1.json', 'c2.json']);
    expect(chunks.flatMap((chunk) => chunk.cards.map((row) => row[0]))).toEqual(['d', 'c', 'b', 'e', 'a']);
    expect(manifest.segmentValues.map((value) => `${value.field}=${value.slug}`)).toEqual([
      'channel=web',
      'store=lyon-part-dieu',
      'store=velizy-2',
    ]);
    expect([manifest.firstMonth, manifest.lastMonth]).toEqual(['2025-01', '2025-07']);
  });

  it('is deterministic whatever the input order', () => {
    const forward = buildGalleryData(cards, { chunkSize: 2, chunkName: String });
    const backward = buildGalleryData([...cards].reverse(), { chunkSize: 2, chunkName: String });
    expect(safeJson(backward)).toBe(safeJson(forward));
  });

  it("keeps the caller's order when asked, so chunks match the server-rendered pages", () => {
    const { chunks, manifest } = buildGalleryData(cards, { chunkSize: 10, chunkName: String, order: 'given' });
    expect(chunks[0]?.cards.map((row) => row[0])).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect([manifest.firstMonth, manifest.lastMonth]).toEqual(['2025-01', '2025-07']);
  });
});

describe('safeJson', () => {
  it('cannot close a script element and parses back to the same value', () => {
    const value = { comment: '</script><script>alert(1)</script> & \u2028' };
    const json = safeJson(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('GalleryEngine', () => {
  it('searches without accents or case, by word prefix, every word required', () => {
    const engine = engineFor(2);
    expect(keys(engine, { q: 'ATTENTE' })).toEqual(['b', 'e', 'a']);
    expect(keys(engine, { q: 'caiss' })).toEqual(['c', 'a']);
    expect(keys(engine, { q: 'livre retard' })).toEqual(['d']);
    expect(keys(engine, { q: 'attente rayon' })).toEqual([]);
  });

  it('ranks a whole-word match before a prefix match, then newest first', () => {
    const engine = engineFor(3);
    // "caisse" is a whole word of a, only the start of "caisses" in c: a first despite being older.
    expect(keys(engine, { q: 'caisse' })).toEqual(['a', 'c']);
  });

  it('filters by category, segment, theme and period (inclusive months)', () => {
    const engine = engineFor(2);
    expect(keys(engine, { categories: ['detractor'] })).toEqual(['d', 'e', 'a']);
    expect(keys(engine, { categories: ['passive', 'promoter'] })).toEqual(['c', 'b']);
    expect(keys(engine, { segments: { store: 'velizy-2' } })).toEqual(['c', 'e', 'a']);
    expect(keys(engine, { theme: 'attente-caisse' })).toEqual(['e', 'a']);
    expect(keys(engine, { from: '2025-02', to: '2025-06' })).toEqual(['c', 'b', 'e']);
    expect(keys(engine, { q: 'attente', categories: ['detractor'], segments: { store: 'velizy-2' }, to: '2025-01' })).toEqual([
      'a',
    ]);
  });

  it('matches nothing for an unknown segment value or theme rather than ignoring it', () => {
    const engine = engineFor(2);
    expect(keys(engine, { segments: { store: 'ferme' } })).toEqual([]);
    expect(keys(engine, { theme: 'inconnu' })).toEqual([]);
  });

  it('gives the same results when narrowing a previous search as when searching afresh', () => {
    const typed = ['c', 'ca', 'cai', 'caisse', 'caisse r', 'caisse ra', 'c', 'a', 'at', 'attente', 'attente en'];
    for (const categories of [[], ['detractor']] as const) {
      const narrowed = engineFor(2);
      for (const q of typed) {
        expect(keys(narrowed, { q, categories: [...categories] })).toEqual(
          keys(engineFor(2), { q, categories: [...categories] }),
        );
      }
    }
  });

  it('answers with the chunks it has while the others download', () => {
    const data = buildGalleryData(cards, { chunkSize: 2, chunkName: String });
    const engine = new GalleryEngine(data.manifest);
    engine.addChunk(1, data.chunks[1] as never);
    const results = engine.search({ ...emptyGalleryFilter(), q: 'attente' });
    expect(results.docs.map((doc) => doc.row[0])).toEqual(['b', 'e']);
    expect([results.searched, engine.complete]).toEqual([2, false]);
    // A chunk arriving after a search must not be hidden by the narrowing of the next keystroke.
    engine.addChunk(2, data.chunks[2] as never);
    expect(engine.search({ ...emptyGalleryFilter(), q: 'attente' }).docs.map((doc) => doc.row[0])).toEqual(['b', 'e', 'a']);
  });
});

describe('gallery URL parameters', () => {
  const fields = ['channel', 'store', 'region'];

  it('reads the documented deep link', () => {
    const filter = parseGalleryParams(
      new URLSearchParams('?q=attente&cat=detractor&store=velizy-2&theme=attente-caisse&from=2025-01&to=2025-06'),
      fields,
    );
    expect(filter).toEqual({
      q: 'attente',
      categories: ['detractor'],
      segments: { store: 'velizy-2' },
      theme: 'attente-caisse',
      from: '2025-01',
      to: '2025-06',
    });
  });

  it('ignores malformed months, unknown categories and unknown parameters', () => {
    const filter = parseGalleryParams(new URLSearchParams('cat=angry&cat=passive&from=2025-13&to=juin&utm_source=mail'), fields);
    expect(filter).toEqual({ ...emptyGalleryFilter(), categories: ['passive'] });
  });

  it('writes parameters in a fixed order and reads them back', () => {
    const filter: GalleryFilter = {
      q: ' délai ',
      categories: ['promoter', 'detractor'],
      segments: { region: 'idf', store: 'velizy-2' },
      theme: 'livraison',
      from: '2024-11',
      to: '',
    };
    const query = formatGalleryParams(filter, fields);
    expect(query).toBe('q=d%C3%A9lai&cat=detractor&cat=promoter&store=velizy-2&region=idf&theme=livraison&from=2024-11');
    expect(parseGalleryParams(new URLSearchParams(query), fields)).toEqual({
      ...filter,
      q: 'délai',
      categories: ['detractor', 'promoter'],
    });
  });
});
