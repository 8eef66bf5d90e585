// Bundles the integration suite for the extension host that runs it: CommonJS for Node (route A
// and desktop VS Code; mocha stays external and is required from extension/node_modules), and a
// browser bundle with mocha's browser build inlined for the web worker host (route B), which
// resolves no modules at all. `vscode` is provided by the host in both.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { extensionDir } from './workspace.mjs';

const integrationDir = join(extensionDir, 'test', 'integration');
export const testBundleDir = join(extensionDir, 'test', 'dist');

// The tests import node:assert/strict; in the worker it is the browserify port (web-assert.ts).
const nodeAssertForTheWeb = {
  name: 'node-assert-for-the-web',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^(node:)?assert(\/strict)?$/ }, (args) =>
      args.importer.endsWith('web-assert.ts') ? undefined : { path: join(integrationDir, 'web-assert.ts') },
    );
  },
};

// esbuild treats mocha's browser build (a UMD file) as ESM and leaves its `module` free, so its
// `module.exports = mocha` would overwrite the bundle's own exports and the host would call
// mocha.run instead of our run(). Hiding module/exports/define sends the UMD to its global branch.
const mochaBrowserBuildAsGlobal = {
  name: 'mocha-browser-build-as-global',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `(function (module, exports, define) {\n${await readFile(args.path, 'utf8')}\n}).call(globalThis);`,
      loader: 'js',
    }));
  },
};

/**
 * Writes <outDir>/<target>/index.js and returns its absolute path. The web host only serves files
 * under the extension's folder, so route B writes the bundle inside the extension it tests.
 */
export async function bundleTests({ target, outDir = testBundleDir }) {
  const outfile = join(outDir, target, 'index.js');
  const common = {
    bundle: true,
    format: 'cjs',
    outfile,
    sourcemap: 'inline',
    target: 'es2022',
    logLevel: 'warning',
    external: ['vscode'],
  };
  if (target === 'node') {
    await build({
      ...common,
      entryPoints: [join(integrationDir, 'index-node.ts')],
      platform: 'node',
      external: ['vscode', 'mocha'],
    });
  } else {
    await build({
      ...common,
      entryPoints: [join(integrationDir, 'index-web.ts')],
      platform: 'browser',
      define: { global: 'globalThis', 'process.env.NODE_DEBUG': 'false' },
      plugins: [nodeAssertForTheWeb, mochaBrowserBuildAsGlobal],
    });
  }
  return outfile;
}
