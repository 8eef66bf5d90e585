/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
// The verbatim gallery: search and filters work, write themselves into the URL, and a deep link
// restores them. Selectors are the ones site/scripts/gallery.ts documents for these tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardTexts, queryOf, search, settledCount } from './harness/gallery.ts';
import { sampleDist } from './harness/sample.ts';
import { openSiteSession, type SiteSession } from './harness/session.ts';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('the verbatim gallery of the sample data', () => {
  let session: SiteSession;
  beforeAll(async () => {
    session = await openSiteSession({ root: sampleDist() });
  });
  afterAll(() => session?.close());

  it('searches as the reader types, highlights matches and writes the query into the URL', async () => {
    const { page, problems, close } = await session.visit('verbatims/');
    try {
      await page.locator('#gallery-filters').waitFor({ state: 'visible' });
      const found = await search(page, 'attente');
      expect(found).toBeGreaterThan(0);
      expect(queryOf(page).get('q')).toBe('attente');
      const marks = await page.locator('#gallery-results blockquote mark').allInnerTexts();
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(fold(mark)).toContain('attente');
      for (const text of await cardTexts(page)) expect(fold(text)).toContain('attente');
      // Accents and case do not matter.
      expect(await search(page, 'ATTÉNTE')).toBe(found);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('filters by category, segment and theme, each counted in the URL, and the categories add up', async () => {
    const { page, close } = await session.visit('verbatims/');
    try {
      await page.locator('#gallery-q').focus();
      const all = await search(page, '');
      const byCategory: number[] = [];
      for (const category of ['detractor', 'passive', 'promoter']) {
        await page.locator('input[name=cat]').evaluateAll((boxes) => {
          for (const box of boxes as HTMLInputElement[]) box.checked = false;
        });
        await page.locator(`input[name=cat][value=${category}]`).check();
        byCategory.push(await settledCount(page));
        expect(queryOf(page).getAll('cat')).toEqual([category]);
        const shown = await page
          .locator('#gallery-results > li.gallery-card')
          .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.category));
        expect(new Set(shown)).toEqual(new Set([category]));
      }
      expect(byCategory.reduce((sum, n) => sum + n, 0)).toBe(all);

      const store = page.locator('select[data-segment-field=store]');
      const storeSlug = await store.locator('option').nth(1).getAttribute('value');
      await store.selectOption(storeSlug ?? '');
      const inStore = await settledCount(page);
      expect(queryOf(page).get('store')).toBe(storeSlug);
      expect(inStore).toBeLessThan(byCategory[2] ?? 0);

      const theme = page.locator('#gallery-theme');
      const themeId = await theme.locator('option').nth(1).getAttribute('value');
      await theme.selectOption(themeId ?? '');
      expect(await settledCount(page)).toBeLessThanOrEqual(inStore);
      expect(queryOf(page).get('theme')).toBe(themeId);
    } finally {
      await close();
    }
  });

  it('restores the filters and the same results from a deep link', async () => {
    const first = await session.visit('verbatims/');
    await first.page.locator('#gallery-q').focus();
    await first.page.locator('input[name=cat][value=detractor]').check();
    const expected = await search(first.page, 'caisse');
    const link = first.page.url();
    const expectedTexts = await cardTexts(first.page);
    await first.close();
    expect(new URL(link).search).toMatch(/q=caisse/);

    const { page, close } = await session.visit(link.slice(session.urlOf('').length));
    try {
      expect(await settledCount(page)).toBe(expected);
      expect(await page.locator('#gallery-q').inputValue()).toBe('caisse');
      expect(await page.locator('input[name=cat][value=detractor]').isChecked()).toBe(true);
      expect(await page.locator('input[name=cat][value=promoter]').isChecked()).toBe(false);
      expect(await cardTexts(page)).toEqual(expectedTexts);
    } finally {
      await close();
    }
  });
});
