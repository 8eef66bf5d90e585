/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
// What a page costs to load, as a static host with gzip would serve it: every response of the
// page load (document, styles, scripts, images, data), gzipped here because the test server does
// not compress. JavaScript files are listed, so "no chart JavaScript up front" can be read off.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface Transfer {
  requests: number;
  rawBytes: number;
  gzipBytes: number;
  scripts: string[];
}

/** Loads url in page, scrolls to the bottom (every chart in view), and sums the responses. */
export async function measureTransfer(page: Page, url: string): Promise<Transfer> {
  const bodies: Promise<{ url: string; type: string; bytes: Buffer }>[] = [];
  page.on('response', (response) => {
    bodies.push(response.body().then((bytes) => ({ url: response.url(), type: response.request().resourceType(), bytes })));
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  const loaded = await Promise.all(bodies);
  return {
    requests: loaded.length,
    rawBytes: loaded.reduce((sum, body) => sum + body.bytes.length, 0),
    gzipBytes: loaded.reduce((sum, body) => sum + gzipSync(body.bytes).length, 0),
    scripts: loaded.filter((body) => body.type === 'script').map((body) => new URL(body.url).pathname),
  };
}
