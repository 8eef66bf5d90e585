// The end-to-end suite: real builds, a real static server, Debian's Chromium. Run from the
// repository root with `vitest run --config site/test/vitest.config.ts`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['site/test/**/*.test.ts'],
    globalSetup: ['site/test/global-setup.ts'],
    // Files run one at a time: each builds a site and drives Chromium, and two of those at once on
    // a 2-core runner only make both slower (and astro builds share the project's cache folders).
    fileParallelism: false,
    testTimeout: 60_000,
    // One retry, as a guard on busy 2-core runners: a real regression still fails twice in a row.
    // (It was added for the gallery's deep-link test, which once read 1,275 results instead of 222:
    // a deep link's page showed the server-rendered, unfiltered count until the link's filters were
    // applied, and the test could read it; site/scripts/gallery.ts now says "loading" at once.)
    retry: 1,
    hookTimeout: 300_000,
  },
});
