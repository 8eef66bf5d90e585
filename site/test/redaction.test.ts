// Redaction reaches every published byte: the e-mail address and phone numbers of the privacy
// fixture's comments, and its response and respondent ids, appear in no file of dist/ (HTML, JSON,
// CSV downloads, search index, scripts), compressed files included.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from './harness/build.ts';
import { listFiles } from './harness/dist-files.ts';

// The phone number may come back with any grouping or escaping; match its digits loosely.
const SEPARATORS = String.raw`(?:[\s.\-/]|\\u00a0|\\u202f|&nbsp;|&#160;)*`;
const FORBIDDEN: Record<string, RegExp> = {
  'e-mail address': /zorglub/i,
  'phone number': new RegExp(['0?6', '98', '76', '54', '32'].join(SEPARATORS)),
  'response id': /RESP-ZQX/i,
  'respondent id': /CUST-ZQX/i,
};

function readPublished(path: string): string {
  const bytes = readFileSync(path);
  if (path.endsWith('.gz')) return gunzipSync(bytes).toString('utf8');
  if (path.endsWith('.br')) return brotliDecompressSync(bytes).toString('utf8');
  return bytes.toString('utf8');
}

describe('the site built from comments holding personal data', () => {
  let dist = '';
  beforeAll(async () => {
    dist = (await buildSiteOrThrow({ data: 'site/test/fixtures/privacy' })).outDir;
  });
  afterAll(() => {
    if (dist) rmSync(dirname(dist), { recursive: true, force: true });
  });

  it('publishes no e-mail address, phone number, response id or respondent id in any file', () => {
    const files = listFiles(dist);
    expect(files.length).toBeGreaterThan(3);
    const leaks: string[] = [];
    for (const file of files) {
      const text = readPublished(join(dist, file));
      for (const [what, pattern] of Object.entries(FORBIDDEN)) {
        const match = pattern.exec(text);
        if (match) leaks.push(`${file}: ${what} "${text.slice(Math.max(0, match.index - 30), match.index + 40)}"`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('still publishes the rest of those comments, with the placeholders', () => {
    const html = listFiles(dist)
      .filter((file) => file.endsWith('.html'))
      .map((file) => readFileSync(join(dist, file), 'utf8'))
      .join('\n');
    // A site that dropped every comment would pass the test above.
    expect(html).toContain('livraison jamais arrivée');
    expect(html).toContain('Rappelez-moi au');
  });
});
