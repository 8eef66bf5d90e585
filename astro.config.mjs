import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './site',
});
