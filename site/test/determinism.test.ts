// Same data, same pinned build date and commit: byte-identical dist/ (every file hashed). The
// sample build of the global setup is the first build, by `build:site`; this file makes the second
// with a plain `astro build`, which must be the same build (site/build/integration.ts).
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from './harness/build.ts';
import { hashFiles } from './harness/dist-files.ts';
import { sampleDist } from './harness/sample.ts';

describe('the build', () => {
  let second = '';
  afterAll(() => {
    if (second) rmSync(dirname(second), { recursive: true, force: true });
  });

  it('gives byte-identical output for the same data, build date and commit, by build:site or astro build', async () => {
    second = (await buildSiteOrThrow({ data: 'data', via: 'astro' })).outDir;
    const first = hashFiles(sampleDist());
    const again = hashFiles(second);
    expect([...again.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, hash]) => again.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(1);
  }, 300_000);
});
