import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/test/**/*.test.ts', 'scripts/test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
