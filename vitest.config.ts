import { defineConfig } from 'vitest/config';

// The unit, property and golden tests of every package. The browser suite (site/test, real builds
// and Chromium) and the real-editor suites (extension/test/integration) have their own runners;
// the root `test:all` script runs them all.
export default defineConfig({
  test: {
    include: [
      'core/test/**/*.test.ts',
      'scripts/test/**/*.test.ts',
      'site/lib/test/**/*.test.ts',
      'site/lib/charts/**/*.test.ts',
      'extension/test/unit/**/*.test.ts',
    ],
    testTimeout: 60_000,
  },
});
