// The overview shows the figures `nps stats --json` computes from the same data: NPS, its 95%
// interval, n and the split, rounded and formatted as a French reader expects (formatted here
// independently of site/lib/format.ts, so a formatting bug cannot hide behind its own output).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StatsFigures, statsJson } from './harness/cli.ts';
import { sampleDist } from './harness/sample.ts';
import { openSiteSession, type SiteSession } from './harness/session.ts';

const count = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** A signed whole number with the typographic minus: +31, −4, 0. */
function signed(value: number): string {
  const rounded = Math.round(value);
  return rounded === 0 ? '0' : rounded > 0 ? `+${rounded}` : `\u2212${-rounded}`;
}

/** Visible text with every kind of space as one plain space. */
function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

describe('the overview of the sample data', () => {
  let session: SiteSession;
  let stats: StatsFigures;
  let headline = '';
  let split = '';
  beforeAll(async () => {
    stats = statsJson('data');
    session = await openSiteSession({ root: sampleDist() });
    const { page, close } = await session.visit('');
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered for the reader, not the DOM's raw text
    headline = normalise(await page.locator('.headline').first().innerText());
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered for the reader, not the DOM's raw text
    split = normalise(await page.locator('main').innerText());
    await close();
  });
  afterAll(() => session?.close());

  it('shows the NPS rounded to a whole number', () => {
    expect(headline).toContain(`NPS ${signed(stats.nps)}`);
  });

  it('shows the 95% interval ends and n', () => {
    expect(headline).toContain(`95 % : ${signed(stats.ci95.low)} à ${signed(stats.ci95.high)}`);
    expect(headline).toContain(`n = ${normalise(count.format(stats.n))}`);
  });

  it('shows the share and count of promoters, passives and detractors', () => {
    const rows = [
      ['Promoteurs', stats.shares.promoters, stats.promoters],
      ['Passifs', stats.shares.passives, stats.passives],
      ['Détracteurs', stats.shares.detractors, stats.detractors],
    ] as const;
    for (const [label, share, n] of rows) {
      expect(split).toContain(`${label} ${Math.round(share)} % (${normalise(count.format(n))})`);
    }
  });
});
