import { defineConfig } from 'astro/config';
import { npsReport } from './site/build/integration.ts';

// The base path comes from the environment so one build command serves both `/` (local preview)
// and a GitHub Pages project path (`/<repo>/`): site/build/build-site.ts sets NPS_BASE from --base.
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
  // The data read in workers while Astro bundles, invalid data failing fast, the gallery's chunks.
  integrations: [npsReport()],
});
