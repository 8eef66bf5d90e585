// Every kind of page of the sample site, in light and dark mode: no console error, no uncaught
// exception, no failed request, and no axe-core violation (WCAG 2 A/AA and best practices).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { hasProblems } from './harness/browser.ts';
import { representativePages } from './harness/dist-files.ts';
import { sampleDist } from './harness/sample.ts';
import { openSiteSession, type SiteSession } from './harness/session.ts';

// Collected before the tests run (one test per page kind); an unbuilt sample gives no pages, and
// the first test below fails with the build's output.
const dist = inject('sampleDist');
const pages = inject('sampleBuildError') ? [] : representativePages(dist);

describe('every kind of page', () => {
  let session: SiteSession;
  beforeAll(async () => {
    if (pages.length > 0) session = await openSiteSession({ root: dist });
  });
  afterAll(() => session?.close());

  it('exists in the build (overview, segments, themes, gallery, actions, methodology)', () => {
    sampleDist();
    const kinds = pages.join(' ');
    for (const expected of ['segments/', 'themes/', 'verbatims/', 'actions/', 'methodology/']) {
      expect(kinds, `no ${expected} page in dist/`).toContain(expected);
    }
    expect(pages).toContain('');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`in ${colorScheme} mode`, () => {
      it.skipIf(pages.length === 0).each(pages)('/%s: loads without errors and with no accessibility violation', async (path) => {
        const { page, problems, close } = await session.visit(path, { colorScheme });
        try {
          const violations = await axeViolations(page);
          expect(violations).toEqual([]);
          expect(hasProblems(problems), JSON.stringify(problems, null, 2)).toBe(false);
        } finally {
          await close();
        }
      });
    });
  }
});
