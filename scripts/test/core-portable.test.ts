import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * core runs in Node, browsers and VS Code web workers alike. Lint forbids node:* imports in
 * core/src; this proves the whole dependency graph (zod, yaml, jsonc-parser, picomatch...) bundles
 * for the browser too, with no Node built-in pulled in by a dependency.
 */
describe('core', () => {
  it('bundles for the browser and for a web worker without any Node built-in', async () => {
    for (const platform of ['browser', 'neutral'] as const) {
      const result = await build({
        entryPoints: [new URL('../../core/src/index.ts', import.meta.url).pathname],
        bundle: true,
        write: false,
        platform,
        format: 'esm',
        mainFields: ['browser', 'module', 'main'],
        logLevel: 'silent',
        metafile: true,
      });
      expect(result.errors).toEqual([]);
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.filter((input) => /^(node:|fs$|path$|crypto$|os$)/.test(input))).toEqual([]);
      const code = result.outputFiles[0]?.text ?? '';
      expect(code).not.toMatch(/require\(["'](node:)?(fs|path|crypto|os|child_process)["']\)/);
      expect(code).not.toMatch(/from ["']node:/);
    }
  });
});
