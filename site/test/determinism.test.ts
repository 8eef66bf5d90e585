// Same data, same pinned build date and commit: byte-identical dist/ (every file hashed). The
// sample build of the global setup is the first build; this file makes the second.
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

  it('gives byte-identical output for the same data, build date and commit', async () => {
    second = (await buildSiteOrThrow({ data: 'data' })).outDir;
    const first = hashFiles(sampleDist());
    const again = hashFiles(second);
    expect([...again.keys()]).toEqual([...first.keys()]);
    const differing = [...first].filter(([file, hash]) => again.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(1);
  }, 300_000);
});
