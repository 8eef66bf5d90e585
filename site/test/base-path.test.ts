/// <reference lib="dom" />
// (page.evaluate callbacks run in the browser.)
// The site under a GitHub Pages project path (/nps-pages/): every link respects the base, and
// every page kind loads with its stylesheet and without a failed request.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from './harness/build.ts';
import { representativePages } from './harness/dist-files.ts';
import { checkLinks } from './harness/links.ts';
import { openSiteSession, type SiteSession } from './harness/session.ts';

const base = '/nps-pages/';

describe(`the sample site under ${base}`, () => {
  let dist = '';
  let session: SiteSession;
  beforeAll(async () => {
    dist = (await buildSiteOrThrow({ data: 'data', base })).outDir;
    session = await openSiteSession({ root: dist, base });
  });
  afterAll(async () => {
    await session?.close();
    if (dist) rmSync(dirname(dist), { recursive: true, force: true });
  });

  it('links only to files under the base path', () => {
    const { broken } = checkLinks(dist, { base });
    expect(broken.slice(0, 30), `${broken.length} broken links`).toEqual([]);
  });

  it('serves every kind of page with its styles and no failed request', async () => {
    const pages = representativePages(dist);
    expect(pages.length).toBeGreaterThan(3);
    for (const path of pages) {
      const { page, problems, close } = await session.visit(path);
      // The site styles itself: a page whose stylesheet failed to load has the browser's default
      // white background and serif font, whatever the theme.
      const styled = await page.evaluate(() => {
        const sheets = [...document.styleSheets].filter((sheet) => sheet.cssRules.length > 0).length;
        return { sheets, font: getComputedStyle(document.body).fontFamily };
      });
      await close();
      expect(styled.sheets, `${path}: no stylesheet applied`).toBeGreaterThan(0);
      expect(styled.font, `${path}: default font, styles missing`).not.toMatch(/^"?Times/);
      expect(problems.failedRequests, path).toEqual([]);
    }
    expect(session.server.notFound).toEqual([]);
  });
});
