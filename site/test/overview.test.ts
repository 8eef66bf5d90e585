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

  // The sample maps a weight column and statistics.weighted is on by default: the site shows the
  // weighted estimates (the CLI's `weighted` block) beside the raw counts.
  it('shows the weighted NPS rounded to a whole number', () => {
    expect(stats.weighted, 'the sample carries weights').toBeDefined();
    expect(headline).toContain(`NPS ${signed(stats.weighted?.nps ?? Number.NaN)}`);
  });

  it('shows the 95% interval ends, n and the effective n', () => {
    const ci = stats.weighted?.ci ?? { low: Number.NaN, high: Number.NaN };
    expect(headline).toContain(`95 % : ${signed(ci.low)} à ${signed(ci.high)}`);
    expect(headline).toContain(`n = ${normalise(count.format(stats.n))}`);
    expect(headline).toContain(`n eff. = ${normalise(count.format(Math.round(stats.weighted?.effectiveN ?? 0)))}, pondéré`);
  });

  it('shows the share and count of promoters, passives and detractors', () => {
    const rows = [
      ['Promoteurs', stats.weighted?.shares.promoters ?? Number.NaN, stats.promoters],
      ['Passifs', stats.weighted?.shares.passives ?? Number.NaN, stats.passives],
      ['Détracteurs', stats.weighted?.shares.detractors ?? Number.NaN, stats.detractors],
    ] as const;
    for (const [label, share, n] of rows) {
      expect(split).toContain(`${label} ${Math.round(share)} % (${normalise(count.format(n))})`);
    }
  });
});
