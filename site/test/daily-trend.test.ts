// A four-day conference survey (39 answers) with no `site.period` in its config: `auto` (the
// default) gives a daily trend, so the overview's trend table has one row per day instead of the
// single month that made "NPS over time" one dot.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from './harness/build.ts';
import { openSiteSession, type SiteSession } from './harness/session.ts';

const DAYS = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'];

function conferenceData(): string {
  const data = join(mkdtempSync(join(tmpdir(), 'nps-daily-')), 'data');
  mkdirSync(data, { recursive: true });
  writeFileSync(
    join(data, 'nps.config.yaml'),
    ['site:', '  title: Conférence', '  locale: fr', 'sources:', '  - path: responses.csv', ''].join('\n'),
  );
  const rows = Array.from({ length: 39 }, (_, index) => `R${index + 1},${DAYS[index % 4]},${(index * 7) % 11}`);
  writeFileSync(join(data, 'responses.csv'), ['id,date,score', ...rows, ''].join('\n'));
  return data;
}

describe('a four-day survey of 39 answers, period not configured', () => {
  let data = '';
  let dist = '';
  let session: SiteSession;
  beforeAll(async () => {
    data = conferenceData();
    dist = (await buildSiteOrThrow({ data })).outDir;
    session = await openSiteSession({ root: dist });
  }, 300_000);
  afterAll(async () => {
    await session?.close();
    for (const folder of [data, dist]) if (folder) rmSync(dirname(folder), { recursive: true, force: true });
  });

  it('shows a trend table of four rows on the overview, one per day', async () => {
    const { page, close } = await session.visit('');
    const table = page.locator('table', { has: page.locator('caption', { hasText: 'Évolution du NPS' }) }).first();
    // The table sits under the chart, folded (a <details>): its text, not its rendering.
    const periods = (await table.locator('tbody th[scope="row"]').allTextContents()).map((text) =>
      text.replace(/[\s\u00a0\u202f]+/g, ' ').trim(),
    );
    await close();
    expect(periods).toEqual(['2 mars 2026', '3 mars 2026', '4 mars 2026', '5 mars 2026']);
  });

  it('names the chosen period on the methodology page', async () => {
    const { page, close } = await session.visit('methodology/');
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered for the reader, not the DOM's raw text
    const text = await page.locator('#auto-period').innerText();
    await close();
    expect(text).toContain('Pour ces données : le jour.');
  });
});
