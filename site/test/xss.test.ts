/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
// Hostile verbatims, segment values and theme-triggering texts (fixtures/xss): on every page they
// read as text, no element they describe exists in the DOM, and no dialog ever opens, neither on
// load nor when the JavaScript enhancements (chart tooltips, gallery search) wake up.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from './harness/build.ts';
import { listPages } from './harness/dist-files.ts';
import { cardTexts, search, settledCount } from './harness/gallery.ts';
import { openSiteSession, type SiteSession } from './harness/session.ts';

const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>'];

/** What the payloads would create if they were parsed as markup instead of shown as text. */
async function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        if (/^on/i.test(attribute)) found.push(`<${element.localName} ${attribute}>`);
      }
      if (element.localName === 'script') {
        // A data block (chart specs, gallery config) may hold the payload as data, but must still
        // parse: a payload that closed the block early would leave broken JSON behind.
        const type = element.getAttribute('type') ?? '';
        if (/json/i.test(type)) {
          try {
            JSON.parse(element.textContent ?? '');
          } catch {
            found.push(`<script type="${type}"> that is no longer JSON`);
          }
        } else if (element.textContent?.includes('alert(1)')) found.push('<script>alert(1)');
      }
      if (element.localName === 'img' && element.getAttribute('src') === 'x') found.push('<img src=x>');
    }
    return found;
  });
}

/** Wakes the enhancements: hover and focus every chart (vega-embed loads on the first pointer or focus). */
async function wakeEnhancements(page: Page): Promise<void> {
  const charts = page.locator('svg');
  const count = Math.min(await charts.count(), 8);
  for (let index = 0; index < count; index++) {
    const box = await charts.nth(index).boundingBox();
    if (box && box.width > 40 && box.height > 40) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  }
  await page.keyboard.press('Tab');
  await page.waitForLoadState('networkidle');
}

describe('hostile text in the data', () => {
  let dist = '';
  let session: SiteSession;
  beforeAll(async () => {
    dist = (await buildSiteOrThrow({ data: 'site/test/fixtures/xss' })).outDir;
    session = await openSiteSession({ root: dist });
  });
  afterAll(async () => {
    await session?.close();
    if (dist) rmSync(dirname(dist), { recursive: true, force: true });
  });

  it('shows as text on every page, creates no element, and opens no dialog', async () => {
    const pages = listPages(dist);
    expect(pages.length).toBeGreaterThan(3);
    const shown = new Set<string>();
    for (const path of pages) {
      const { page, problems, close } = await session.visit(path);
      try {
        await wakeEnhancements(page);
        // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered for the reader, not the DOM's raw text
        const text = await page.evaluate(() => document.body.innerText);
        for (const payload of PAYLOADS) if (text.includes(payload)) shown.add(payload);
        expect(await injectedElements(page), path).toEqual([]);
        expect(problems.dialogs, path).toEqual([]);
        expect(problems.pageErrors, path).toEqual([]);
      } finally {
        await close();
      }
    }
    // Escaped, not dropped: each payload reaches the reader as the text the customer typed.
    expect([...shown].sort()).toEqual([...PAYLOADS].sort());
  });

  it('shows each store name as text on its own segment page', async () => {
    const storePages = listPages(dist).filter((path) => /^segments\/store\/[^/]+\/$/.test(path));
    expect(storePages.length).toBe(4);
    const headings: string[] = [];
    for (const path of storePages) {
      const { page, problems, close } = await session.visit(path);
      // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered for the reader, not the DOM's raw text
      headings.push((await page.locator('h1').innerText()).trim());
      expect(problems.dialogs).toEqual([]);
      await close();
    }
    for (const payload of PAYLOADS)
      expect(
        headings.some((heading) => heading.includes(payload)),
        payload,
      ).toBe(true);
  });

  it('shows as text in the gallery search results, including a query that is itself a payload', async () => {
    const { page, problems, close } = await session.visit('verbatims/');
    try {
      await page.locator('#gallery-q').focus();
      expect(await search(page, 'alert')).toBeGreaterThan(0);
      const texts = (await cardTexts(page)).join('\n');
      for (const payload of PAYLOADS) expect(texts).toContain(payload);
      expect(await page.locator('#gallery-results mark').count()).toBeGreaterThan(0);
      expect(await injectedElements(page)).toEqual([]);
      expect(problems.dialogs).toEqual([]);
    } finally {
      await close();
    }
    // A crafted link: the query parameter is reflected into the search box and the highlights.
    for (const payload of PAYLOADS) {
      const { page, problems, close } = await session.visit(`verbatims/?q=${encodeURIComponent(payload)}`);
      try {
        await settledCount(page);
        expect(await page.locator('#gallery-q').inputValue()).toBe(payload);
        expect(await injectedElements(page)).toEqual([]);
        expect(problems.dialogs).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});
