import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, htmlLinks } from './links.ts';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'nps-links-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the link checker', () => {
  it('reads links in tags only, decoding entities, and not text that merely looks like markup', () => {
    const html =
      '<a href="/a/?x=1&amp;y=2">a</a><p>&lt;img src=x onerror=alert(1)&gt;</p><img srcset="/i.png 1x, /j.png 2x" alt=""><script>var s = "<a href=nope>"</script>';
    expect(htmlLinks(html)).toEqual(['/a/?x=1&y=2', '/i.png', '/j.png']);
  });

  it('accepts folders with an index, files, relative links and fragments that exist', () => {
    const root = site({
      'index.html': '<a href="/base/segments/">s</a><a href="segments/channel/#table">t</a><link href="/base/_astro/a.css">',
      'segments/index.html': '<a href="../">home</a><a href="channel">c</a>',
      'segments/channel/index.html': '<table id="table"></table>',
      '_astro/a.css': 'body{background:url(/base/_astro/b.svg)}',
      '_astro/b.svg': '<svg/>',
    });
    expect(checkLinks(root, { base: '/base/' })).toEqual({ checked: 6, broken: [] });
  });

  it('reports missing files, missing fragments and absolute links that ignore the base path', () => {
    const root = site({
      'index.html':
        '<a href="/base/missing/">m</a><a href="/segments/">s</a><a href="#nowhere">n</a><a href="https://example.org/x">x</a>',
      'segments/index.html': '',
    });
    const { broken } = checkLinks(root, { base: '/base/' });
    expect(broken.map((link) => link.link)).toEqual(['/base/missing/', '/segments/', '#nowhere']);
  });
});
