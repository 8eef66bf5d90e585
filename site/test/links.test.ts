// Every internal link of the sample site resolves to a file of dist/ (pages, assets, downloads,
// fragments), checked over the files themselves: faster than crawling, and it sees every page.
import { expect, it } from 'vitest';
import { listPages } from './harness/dist-files.ts';
import { checkLinks } from './harness/links.ts';
import { sampleDist } from './harness/sample.ts';

it('every internal link of the sample site resolves', () => {
  const dist = sampleDist();
  const { checked, broken } = checkLinks(dist, { base: '/' });
  expect(broken.slice(0, 30), `${broken.length} broken links`).toEqual([]);
  // A site of one page with no links would pass the check above: the report links its pages.
  expect(listPages(dist).length).toBeGreaterThan(10);
  expect(checked).toBeGreaterThan(listPages(dist).length);
});
