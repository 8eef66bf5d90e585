import { defineConfig } from 'vitest/config';

// The extension's unit tests alone (`pnpm --filter nps-pages-vscode test:unit`); the root config
// runs them with everything else once its include lists extension/test/unit/**.
export default defineConfig({
  test: { include: ['test/unit/**/*.test.ts'] },
});
