// The verbatim gallery's search: our chunked scan (core/src/search) against MiniSearch and Pagefind.
// Usage: node scripts/bench/gallery-search.ts [verbatims=100000] [--pagefind=/path/to/pagefind/lib/index.js] [--dist=dist]
//
// For each engine: build time (Node), bytes to download before the first result (gzipped, as a
// static host serves them), and per-keystroke latency in Chromium (search + render of the first
// 50 cards with <mark> highlights, forced layout; median over the keystrokes of a few typed queries).
// With --dist, also the first page's transfer: /verbatims/index.html and the scripts and styles it
// links, gzipped (its size does not grow with the number of verbatims: 50 cards and the filters).
// Pagefind is not a dependency of the project: install it anywhere (npm i pagefind@1.6.0) and pass
// its module path to include it. Comments come from the sample generator's banks (seeded).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { stripTypeScriptTypes } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { chromium } from 'playwright-core';
import { buildGalleryData, type GalleryCardSource, safeJson } from '../../core/src/search/index.ts';
import { foldText } from '../../core/src/text/fold.ts';
import { IRRITANTS } from '../src/generate/model.ts';
import { createRandom } from '../src/generate/random.ts';
import { createCommentBuilder } from '../src/generate/verbatims.ts';
import { median } from './lib/measure.ts';

const DIST = process.argv.find((arg) => arg.startsWith('--dist='))?.slice('--dist='.length);
const COUNT = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 100_000);
const PAGEFIND = process.argv.find((arg) => arg.startsWith('--pagefind='))?.slice('--pagefind='.length);
const CHUNK_SIZE = 2000;
const ROOT = resolve(import.meta.dirname, '../..');
const TYPED = ['attente caisse', 'livraison', 'vendeur', 'remboursement'];
const KEYSTROKES = TYPED.flatMap((query) => Array.from({ length: query.length }, (_, index) => query.slice(0, index + 1)));

function makeCards(count: number): GalleryCardSource[] {
  const random = createRandom(2026, 7);
  const build = createCommentBuilder(createRandom(2026, 8));
  const channels = ['magasin', 'web', 'application', 'téléphone'] as const;
  return Array.from({ length: count }, (_, index) => {
    const score = random.int(0, 10);
    const category = score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
    const incidents = category === 'promoter' ? [] : IRRITANTS.filter(() => random.chance(0.3));
    const channel = random.pick(channels);
    const language = random.chance(0.8) ? 'fr' : 'en';
    const comment = build({ language, category, incidents, channel, withContact: false });
    const store = `magasin-${random.int(1, 40)}`;
    const day = new Date(Date.UTC(2024, 0, 1) + random.int(0, 729) * 86_400_000).toISOString().slice(0, 10);
    return {
      key: index.toString(36).padStart(8, '0'),
      day,
      score,
      comment: comment.text,
      segments: [
        { field: 'channel', value: channel, slug: channel },
        { field: 'store', value: store, slug: store },
      ],
      themes: comment.themes,
    };
  });
}

interface PagefindApi {
  createIndex(options: { forceLanguage: string }): Promise<{ index?: PagefindIndex }>;
  close(): Promise<void>;
}
interface PagefindIndex {
  addCustomRecord(record: {
    url: string;
    content: string;
    language: string;
    meta: Record<string, string>;
    filters: Record<string, string[]>;
  }): Promise<unknown>;
  writeFiles(options: { outputPath: string }): Promise<unknown>;
}

function time<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

function folderBytes(folder: string): { files: number; raw: number; gzip: number } {
  let files = 0;
  let raw = 0;
  let gzip = 0;
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const path = join(folder, name);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    files++;
    raw += bytes.length;
    // Pagefind's index files are already gzipped: a host does not compress them again.
    gzip += bytes[0] === 0x1f && bytes[1] === 0x8b ? bytes.length : gzipSync(bytes).length;
  }
  return { files, raw, gzip };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;

if (DIST) {
  const html = readFileSync(join(DIST, 'verbatims/index.html'));
  const assets = [...html.toString('utf8').matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) => match[1] ?? '');
  const assetBytes = assets.map((asset) => gzipSync(readFileSync(join(DIST, asset.replace(/^.*?\/_astro\//, '_astro/')))).length);
  const total = gzipSync(html).length + assetBytes.reduce((sum, bytes) => sum + bytes, 0);
  console.log(`first page: ${kb(total)} gzipped (HTML ${kb(gzipSync(html).length)} + ${assets.length} assets)`);
}

const site = mkdtempSync(join(tmpdir(), 'nps-gallery-bench-'));
const cards = makeCards(COUNT);
console.log(`${COUNT} verbatims, ${kb(cards.reduce((sum, card) => sum + card.comment.length, 0))} of comments`);

// 1. Ours: manifest + chunks of compact rows, scanned in the browser.
const ours = time(() => buildGalleryData(cards, { chunkSize: CHUNK_SIZE, chunkName: (index) => `chunk-${index}.json` }));
mkdirSync(join(site, 'data'));
writeFileSync(join(site, 'data/manifest.json'), safeJson(ours.value.manifest));
for (const [index, chunk] of ours.value.chunks.entries()) writeFileSync(join(site, `data/chunk-${index}.json`), safeJson(chunk));
const oursBytes = folderBytes(join(site, 'data'));
console.log(`ours: build ${ms(ours.ms)}; ${oursBytes.files} files, ${kb(oursBytes.raw)} raw, ${kb(oursBytes.gzip)} gzipped`);

// 2. MiniSearch: the same texts, folded with our fold, prefix + AND queries.
const miniOptions = { fields: ['text'], processTerm: (term: string) => foldText(term) };
const mini = time(() => {
  const index = new MiniSearch(miniOptions);
  index.addAll(cards.map((card, id) => ({ id, text: card.comment })));
  return JSON.stringify(index);
});
writeFileSync(join(site, 'minisearch.json'), mini.value);
console.log(
  `minisearch: build ${ms(mini.ms)}; index ${kb(mini.value.length)} raw, ${kb(gzipSync(mini.value).length)} gzipped (plus the texts to show: the chunks above)`,
);

// 3. Pagefind (optional): one custom record per verbatim, filters for category and store.
if (PAGEFIND) {
  // Typed by hand: pagefind is not a dependency of the project (see the usage line).
  const pagefind = (await import(PAGEFIND)) as PagefindApi;
  const started = performance.now();
  const { index } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error('pagefind did not create an index');
  for (const card of cards) {
    await index.addCustomRecord({
      url: `/verbatims/${card.key}/`,
      content: card.comment,
      language: 'fr',
      meta: { day: card.day, score: String(card.score) },
      filters: { store: [card.segments[1]?.slug ?? ''] },
    });
  }
  await index.writeFiles({ outputPath: join(site, 'pagefind') });
  await pagefind.close();
  const bytes = folderBytes(join(site, 'pagefind'));
  console.log(
    `pagefind: build ${ms(performance.now() - started)}; ${bytes.files} files, ${kb(bytes.raw)} raw, ${kb(bytes.gzip)} gzipped`,
  );
}

// Chromium: the site folder, core's TypeScript stripped on the fly, MiniSearch's ES build.
const TYPES: Record<string, string> = { '.json': 'application/json', '.js': 'text/javascript', '.ts': 'text/javascript' };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  try {
    let file = join(site, path);
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>bench</title><main></main>');
      return;
    }
    if (path.startsWith('/core/')) file = join(ROOT, path);
    if (path === '/minisearch.js') file = join(ROOT, 'node_modules/minisearch/dist/es/index.js');
    const text = readFileSync(file);
    const body = path.endsWith('.ts') ? stripTypeScriptTypes(text.toString('utf8')) : text;
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

// Shared by the three engines: the first 50 matches become cards with <mark>, then layout.
const RENDER = `
  const search = await import('/core/src/search/index.ts');
  const main = document.querySelector('main');
  const render = (texts, terms) => {
    const list = document.createElement('ol');
    for (const text of texts.slice(0, 50)) {
      const item = document.createElement('li');
      for (const piece of search.splitHighlights(text, search.highlightRanges(text, terms))) {
        if (!piece.marked) { item.append(piece.text); continue; }
        const mark = document.createElement('mark'); mark.textContent = piece.text; item.append(mark);
      }
      list.append(item);
    }
    main.replaceChildren(list);
    return main.offsetHeight;
  };
  const loadChunks = async (onChunk) => {
    const manifest = await (await fetch('/data/manifest.json')).json();
    await Promise.all(manifest.chunks.map(async (name, index) => onChunk(manifest, index, await (await fetch('/data/' + name)).json())));
    return manifest;
  };
  const keystrokes = ${JSON.stringify(KEYSTROKES)};
  const timings = [];
`;
const ENGINES: Record<string, string> = {
  ours: `
    const started = performance.now();
    let engine;
    await loadChunks((manifest, index, chunk) => { engine ??= new search.GalleryEngine(manifest); engine.addChunk(index, chunk); });
    const ready = performance.now() - started;
    for (const q of keystrokes) {
      const t = performance.now();
      const results = engine.search({ ...search.emptyGalleryFilter(), q });
      render(results.docs.map((doc) => doc.row[3]), results.terms);
      timings.push(performance.now() - t);
    }
    return { ready, timings };`,
  minisearch: `
    const { default: MiniSearch } = await import('/minisearch.js');
    const { foldText } = await import('/core/src/text/fold.ts');
    const started = performance.now();
    const texts = [];
    const [json] = await Promise.all([
      fetch('/minisearch.json').then((response) => response.text()),
      loadChunks((manifest, index, chunk) => chunk.cards.forEach((row, offset) => { texts[index * manifest.chunkSize + offset] = row[3]; })),
    ]);
    const index = MiniSearch.loadJSON(json, { fields: ['text'], processTerm: (term) => foldText(term) });
    const ready = performance.now() - started;
    for (const q of keystrokes) {
      const t = performance.now();
      const hits = index.search(q, { prefix: true, combineWith: 'AND' });
      render(hits.slice(0, 50).map((hit) => texts[hit.id]), search.queryTerms(q));
      timings.push(performance.now() - t);
    }
    return { ready, timings };`,
  pagefind: `
    const started = performance.now();
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ basePath: '/pagefind/' });
    await pagefind.init();
    const ready = performance.now() - started;
    for (const q of keystrokes) {
      const t = performance.now();
      const found = await pagefind.search(q);
      const data = await Promise.all(found.results.slice(0, 50).map((result) => result.data()));
      render(data.map((entry) => entry.content), search.queryTerms(q));
      timings.push(performance.now() - t);
    }
    return { ready, timings };`,
};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
try {
  for (const [name, body] of Object.entries(ENGINES)) {
    if (name === 'pagefind' && !PAGEFIND) continue;
    const page = await browser.newPage();
    await page.goto(origin);
    const result = (await page.evaluate(`(async () => { ${RENDER} ${body} })()`)) as { ready: number; timings: number[] };
    const fetched = (await page.evaluate(
      `performance.getEntriesByType('resource').filter((entry) => !entry.name.includes('/core/') && !entry.name.endsWith('minisearch.js')).reduce((sum, entry) => sum + entry.encodedBodySize, 0)`,
    )) as number;
    const sorted = [...result.timings].sort((a, b) => a - b);
    console.log(
      `${name} in Chromium: ready after ${ms(result.ready)} (${kb(fetched)} fetched, uncompressed); keystroke median ${ms(median(sorted))}, p90 ${ms(sorted[Math.floor(sorted.length * 0.9)] ?? 0)}, max ${ms(sorted.at(-1) ?? 0)} over ${sorted.length} keystrokes`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(site, { recursive: true, force: true });
}
