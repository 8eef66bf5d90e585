import { defineConfig } from 'astro/config';

// The base path comes from the environment so one build command serves both `/` (local preview)
// and a GitHub Pages project path (`/<repo>/`): scripts/src/build-site.ts sets NPS_BASE from --base.
const base = process.env.NPS_BASE?.trim() || '/';

export default defineConfig({
  srcDir: './site',
  base,
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // One small stylesheet inlined in every page: no render-blocking request on a phone.
    inlineStylesheets: 'always',
  },
  compressHTML: true,
  devToolbar: { enabled: false },
});
