/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
// The gallery as a reader drives it, through the selectors its client documents (site/scripts/gallery.ts).
import type { Page } from 'playwright-core';

/** Waits until every chunk is loaded and the status announces a result count, then returns it. */
export async function settledCount(page: Page): Promise<number> {
  // The loading message ends with an ellipsis; the final one is "N verbatims" or "Aucun verbatim…" without it.
  await page.waitForFunction(() => {
    const text = document.getElementById('gallery-status')?.textContent?.trim() ?? '';
    return text !== '' && !text.endsWith('…');
  });
  const text = (await page.locator('#gallery-status').textContent()) ?? '';
  const digits = text.replace(/[\s\u00a0\u202f.,]/g, '').match(/\d+/);
  return digits ? Number(digits[0]) : 0;
}

export async function search(page: Page, query: string): Promise<number> {
  await page.locator('#gallery-q').fill(query);
  return settledCount(page);
}

/** The comments of the result cards on screen, as read. */
export function cardTexts(page: Page): Promise<string[]> {
  return page.locator('#gallery-results > li.gallery-card blockquote').allInnerTexts();
}

export function queryOf(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
