// Bundles the extension: dist/extension.js (Node extension host, CommonJS), dist/web/extension.js
// (web worker extension host: vscode.dev, github.dev), dist/webview/preview.js (the preview's
// script, for the browser) with its stylesheet, and the config's JSON Schema for
// contributes.yamlValidation/jsonValidation. `node esbuild.mjs --metafile` prints the sizes.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const production = !process.argv.includes('--dev');
const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  absWorkingDir: here,
};

// Activation is measured from the first line the extension host evaluates (the bundle's, before
// any module of it loads) to the end of activate(): what VS Code counts as the extension's cost.
const loadClock = { js: 'globalThis.__npsPagesLoadStart = performance.now();' };

const builds = await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    banner: loadClock,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    // jsonc-parser's "main" is a UMD build whose require('./impl/format') esbuild cannot follow: take the ES module.
    mainFields: ['module', 'main'],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    banner: loadClock,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    // The web worker host has no Node built-ins: a stray node:* import must fail the build, not the user.
    define: { 'process.env.NODE_ENV': '"production"' },
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/preview/webview.ts'],
    outfile: 'dist/webview/preview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  }),
]);

await mkdir(join(here, 'dist/schema'), { recursive: true });
await copyFile(join(here, '../core/schema/nps.config.schema.json'), join(here, 'dist/schema/nps.config.schema.json'));
await copyFile(join(here, 'media/preview.css'), join(here, 'dist/webview/preview.css'));

const sizes = Object.fromEntries(
  builds.flatMap((build) => Object.entries(build.metafile.outputs).map(([file, output]) => [file, output.bytes])),
);
await writeFile(join(here, 'dist/sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
if (process.argv.includes('--metafile')) console.log(sizes);
