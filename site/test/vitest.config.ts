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
    hookTimeout: 300_000,
  },
});
