// Bundles the extension: dist/extension.js (Node extension host, CommonJS) with dist/engine.js,
// dist/web/extension.js (web worker extension host: vscode.dev, github.dev), dist/webview/preview.js
// (the preview's script, for the browser) with its stylesheet, and the config's JSON Schema for
// contributes.yamlValidation/jsonValidation. `node esbuild.mjs --metafile` prints the sizes.
//
// Activation: the entry VS Code loads holds the registrations only; the engine (src/engine.ts: core's
// parsers, zod schemas, statistics) is loaded by src/engine-loader.ts after activate() returns. In
// Node it is a file of its own, required then. The web worker host evaluates the entry with a
// `require` that knows `vscode` alone, so there the engine stays in the one bundle, where esbuild
// turns the dynamic import into a lazily run initialiser: its code is parsed with the entry, but
// none of it runs until the import.
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
// The last line's clock splits it: evaluating the bundle is ours, the wait from there to the call
// of activate() is VS Code's (it prepares the ExtensionContext while it loads the module).
const loadClock = { js: 'globalThis.__npsPagesLoadStart = performance.now();' };
const loadedClock = { js: 'globalThis.__npsPagesLoadEnd = performance.now();' };

// In the Node entry, `import('./engine.ts')` becomes `require('./engine.js')`, the file built beside it.
const engineAsItsOwnFile = {
  name: 'engine-as-its-own-file',
  setup(build) {
    build.onResolve({ filter: /^\.\/engine\.ts$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: './engine.js', external: true } : undefined,
    );
  },
};

const node = {
  ...common,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  // jsonc-parser's "main" is a UMD build whose require('./impl/format') esbuild cannot follow: take the ES module.
  mainFields: ['module', 'main'],
};

const builds = await Promise.all([
  esbuild.build({
    ...node,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    banner: loadClock,
    footer: loadedClock,
    plugins: [engineAsItsOwnFile],
  }),
  esbuild.build({ ...node, entryPoints: ['src/engine.ts'], outfile: 'dist/engine.js' }),
  esbuild.build({
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    banner: loadClock,
    footer: loadedClock,
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

// The boundary, checked where it matters: a value imported from core outside src/engine.ts would
// pull the engine back into the entry, and activation would pay for it again. Even a constant: the
// Node bundle would take its few bytes only, but in the web bundle esbuild would run the
// initialisers of its module and of all that module imports (zod schemas included) at load.
const leaks = Object.keys(builds[0].metafile.inputs).filter((input) => !input.startsWith('src/'));
if (leaks.length > 0) {
  throw new Error(
    `dist/extension.js must hold src/ only (the engine loads after activation); it holds:\n  ${leaks.join('\n  ')}`,
  );
}

await mkdir(join(here, 'dist/schema'), { recursive: true });
await copyFile(join(here, '../core/schema/nps.config.schema.json'), join(here, 'dist/schema/nps.config.schema.json'));
await copyFile(join(here, 'media/preview.css'), join(here, 'dist/webview/preview.css'));

const sizes = Object.fromEntries(
  builds.flatMap((build) => Object.entries(build.metafile.outputs).map(([file, output]) => [file, output.bytes])),
);
await writeFile(join(here, 'dist/sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
if (process.argv.includes('--metafile')) console.log(sizes);
