// One language a site, and every page on a phone. The sample is built again with `locale: en` (its
// edition narratives rewritten in English, as an English team would write them): no string of the
// French catalogues may show on any page. Then every kind of page of both sites, at 360 px wide,
// must fit the screen: what is wider (a table) scrolls inside its own box, the page does not.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionMessages } from '../components/editions/messages.ts';
import { galleryMessages } from '../components/gallery/messages.ts';
import { en } from '../i18n/en.ts';
import { fr } from '../i18n/fr.ts';
import { buildSiteOrThrow, repositoryRoot } from './harness/build.ts';
import { listPages, representativePages } from './harness/dist-files.ts';
import { sampleDist } from './harness/sample.ts';
import { openSiteSession } from './harness/session.ts';

/** The French strings whose English differs, cut at their placeholders, long enough to be telling. */
function frenchFragments(): string[] {
  const strings: string[] = [];
  const collect = (french: unknown, english: unknown) => {
    if (typeof french === 'string') {
      if (french !== english) strings.push(french);
    } else if (french && typeof french === 'object') {
      for (const key of Object.keys(french)) collect((french as never)[key], (english as Record<string, unknown>)?.[key]);
    }
  };
  collect(fr, en);
  collect(galleryMessages('fr'), galleryMessages('en'));
  collect(editionMessages('fr'), editionMessages('en'));
  const fragments = strings.flatMap((text) => text.split(/\{\w+\}/)).map((text) => text.trim());
  return [...new Set(fragments.filter((fragment) => fragment.length >= 8))];
}

/** A copy of the sample with `locale: en` and English edition narratives (same periods and status). */
function englishData(): string {
  const data = join(mkdtempSync(join(tmpdir(), 'nps-english-')), 'data');
  cpSync(join(repositoryRoot, 'data'), data, { recursive: true });
  const config = join(data, 'nps.config.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/^ {2}locale: fr\b/m, '  locale: en'));
  const editions = join(data, 'editions');
  for (const name of readdirSync(editions).filter((file) => file.endsWith('.md'))) {
    const text = readFileSync(join(editions, name), 'utf8');
    const keep = (key: string) => text.match(new RegExp(`^${key}: .*$`, 'm'))?.[0] ?? '';
    const front = [keep('period'), keep('status'), keep('published')].filter(Boolean).join('\n');
    const english = `---\ntitle: "NPS barometer ${name.slice(0, -3)}"\n${front}\nsummary: "The NPS holds."\nauthors: ["CX team"]\n---\n\nThe figures hold.\n`;
    writeFileSync(join(editions, name), english);
  }
  return data;
}

describe('the sample built in English', () => {
  let dist = '';
  beforeAll(async () => {
    const data = englishData();
    dist = (await buildSiteOrThrow({ data })).outDir;
    rmSync(dirname(data), { recursive: true, force: true });
  }, 300_000);
  afterAll(() => {
    if (dist) rmSync(dirname(dist), { recursive: true, force: true });
  });

  it('shows no string of the French catalogues on any page', () => {
    const fragments = frenchFragments();
    expect(fragments).toEqual(expect.arrayContaining(['Rapport en direct', 'Éditions']));
    const found: string[] = [];
    for (const page of listPages(dist)) {
      const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
      for (const fragment of fragments) if (html.includes(fragment)) found.push(`/${page}: ${fragment}`);
      if (/Versions\u00a0:/.test(html)) found.push(`/${page}: Versions :`);
    }
    expect(found).toEqual([]);
  });

  it('fits a 360 px screen on every kind of page', async () => {
    expect(await overflowingPages(dist)).toEqual([]);
  }, 180_000);
});

describe('the French sample on a phone', () => {
  it('fits a 360 px screen on every kind of page', async () => {
    expect(await overflowingPages(sampleDist())).toEqual([]);
  }, 180_000);
});

/** The pages (one of each kind) wider than a 360 px viewport, with their width. */
async function overflowingPages(root: string): Promise<string[]> {
  const session = await openSiteSession({ root });
  const wide: string[] = [];
  try {
    for (const path of representativePages(root)) {
      const { page, close } = await session.visit(path, { viewport: { width: 360, height: 740 } });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`/${path}: ${width} px`);
      await close();
    }
  } finally {
    await session.close();
  }
  return wide;
}
