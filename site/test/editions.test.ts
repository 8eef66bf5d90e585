// Editions are stable: built from data/editions/ alone, their pages stay byte-identical when the live
// data of their period changes, while the live pages follow the data. And an edition prints to a
// clean A4 PDF: running header with its title and period, no chart or table cut across pages.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow, repositoryRoot } from './harness/build.ts';
import { hashFiles } from './harness/dist-files.ts';
import { sampleDist } from './harness/sample.ts';
import { openSiteSession, type SiteSession } from './harness/session.ts';

const STORES_2026 = 'magasins/avis-magasins-2026.csv';

/** A copy of the sample data where one July answer changed its score and one August answer arrived late. */
function changedLiveData(): string {
  const data = join(mkdtempSync(join(tmpdir(), 'nps-editions-')), 'data');
  cpSync(join(repositoryRoot, 'data'), data, { recursive: true });
  const path = join(data, STORES_2026);
  const text = readFileSync(path, 'utf8');
  let edited = false;
  const changed = text.replace(/^(\d\d\/07\/2026 \d\d:\d\d:\d\d),(\d+),/m, (_, date: string, score: string) => {
    edited = true;
    return `${date},${score === '0' ? 10 : 0},`;
  });
  if (!edited) throw new Error(`no July 2026 row in ${STORES_2026}`);
  const late = '15/08/2026 10:00:00,0,Réponse arrivée après la publication,Vélizy 2,,Île-de-France,fr,\n';
  writeFileSync(path, `${changed.endsWith('\n') ? changed : `${changed}\n`}${late}`);
  return data;
}

describe('edition pages', () => {
  let second = '';
  let data = '';
  afterAll(() => {
    if (second) rmSync(dirname(second), { recursive: true, force: true });
    if (data) rmSync(dirname(data), { recursive: true, force: true });
  });

  it('stay byte-identical when the live data of their period changes, while live pages change', async () => {
    data = changedLiveData();
    second = (await buildSiteOrThrow({ data })).outDir;
    const before = hashFiles(sampleDist());
    const after = hashFiles(second);
    const editionFiles = [...before.keys()].filter((file) => file.startsWith('editions/') || file === 'editions.json');
    expect(editionFiles).toEqual(
      expect.arrayContaining([
        'editions/index.html',
        'editions/2026-T3/index.html',
        'editions/2026-T2/index.html',
        'editions.json',
      ]),
    );
    const changedEditions = editionFiles.filter((file) => after.get(file) !== before.get(file));
    expect(changedEditions).toEqual([]);
    // The live report saw the edit: its home page (NPS, n) and its downloads differ.
    expect(after.get('index.html')).not.toBe(before.get('index.html'));
    const liveChanged = [...before.keys()].filter((file) => !file.startsWith('editions') && after.get(file) !== before.get(file));
    expect(liveChanged.length).toBeGreaterThan(1);
  }, 300_000);

  it('list every edition newest first with NPS, interval, n and status, in HTML and editions.json', () => {
    const json = JSON.parse(readFileSync(join(sampleDist(), 'editions.json'), 'utf8')) as {
      editions: { id: string; url: string; status: string; n: number; nps: number; interval: { low: number; high: number } }[];
    };
    expect(json.editions.map((edition) => [edition.id, edition.url, edition.status])).toEqual([
      ['2026-T3', '/editions/2026-T3/', 'published'],
      ['2026-T2', '/editions/2026-T2/', 'published'],
    ]);
    const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'data/editions/2026-T3/manifest.json'), 'utf8')) as {
      rows: number;
    };
    expect(json.editions[0]?.n).toBe(manifest.rows);
    const t3 = json.editions[0];
    expect(t3 && t3.interval.low < t3.nps && t3.nps < t3.interval.high).toBe(true);
    const list = readFileSync(join(sampleDist(), 'editions/index.html'), 'utf8');
    expect(list.indexOf('data-edition="2026-T3"')).toBeLessThan(list.indexOf('data-edition="2026-T2"'));
  });
});

describe('an edition in the browser and in print', () => {
  let session: SiteSession;
  beforeAll(async () => {
    session = await openSiteSession({ root: sampleDist() });
  });
  afterAll(() => session?.close());

  it('has a version switcher that works without JavaScript', async () => {
    const { page, problems, close } = await session.visit('', { javaScriptEnabled: false });
    await page.locator('.version-switcher summary').click();
    await page.locator('.version-switcher a', { hasText: 'T3 2026' }).click();
    await page.waitForURL(/\/editions\/2026-T3\/$/);
    expect(await page.locator('.version-switcher [aria-current="page"]').textContent()).toContain('T3 2026');
    expect(problems.failedRequests).toEqual([]);
    await close();
  });

  it("nests the narrative's own headings under its section heading", async () => {
    const { page, close } = await session.visit('editions/2026-T3/');
    const headings = await page
      .locator('.edition-narrative')
      .evaluate((section) =>
        [...section.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.tagName} ${h.textContent?.trim()}`),
      );
    // The narrative's "## Ce qui a changé" sits one level under the section's h2, beside "Points clés".
    expect(headings[0]).toMatch(/^H2 /);
    expect(headings.slice(1)).toContain('H3 Ce qui a changé');
    expect(headings.slice(1).every((heading) => heading.startsWith('H3 '))).toBe(true);
    await close();
  });

  it('prints to A4 with a running header and no figure or table cut across pages', async () => {
    const { page, problems, close } = await session.visit('editions/2026-T3/');
    await page.emulateMedia({ media: 'print' });
    const header = page.locator('.edition-print-header');
    const headerStyle = await header.evaluate((element) => {
      const style = getComputedStyle(element);
      return { display: style.display, position: style.position };
    });
    // Fixed in print: Chromium repeats it at the top of every page.
    expect(headerStyle).toEqual({ display: 'block', position: 'fixed' });
    const headerText = (await header.textContent()) ?? '';
    expect(headerText).toContain('Baromètre NPS — T3 2026');
    expect(headerText).toContain('30 septembre 2026');
    const cuttable = await page.evaluate(() =>
      [...document.querySelectorAll('main figure, main table')].map((element) => getComputedStyle(element).breakInside),
    );
    expect(cuttable.length).toBeGreaterThan(3);
    expect(new Set(cuttable)).toEqual(new Set(['avoid']));
    expect(await page.locator('.version-switcher').evaluate((element) => getComputedStyle(element).display)).toBe('none');

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const pages = text.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(1);
    // A4 is 595 x 842 points.
    expect(text).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]/);
    expect(problems.pageErrors).toEqual([]);
    await close();
  });
});
