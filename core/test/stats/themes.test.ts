import { describe, expect, it } from 'vitest';
import { addToThemes, createThemeTallies, summarizeThemes } from '../../src/stats/themes.ts';

describe('themes impact', () => {
  it('compares the NPS of responses mentioning a theme with the others', () => {
    const tallies = createThemeTallies(['delivery', 'price', 'staff']);
    // 40 responses mention delivery: 5 promoters, 10 passives, 25 detractors → NPS -50.
    for (let index = 0; index < 40; index++)
      addToThemes(tallies, { score: index < 5 ? 10 : index < 15 ? 8 : 3 }, ['delivery', 'delivery']);
    // 60 do not: 36 promoters, 18 passives, 6 detractors → NPS 50.
    for (let index = 0; index < 60; index++)
      addToThemes(tallies, { score: index < 36 ? 9 : index < 54 ? 7 : 6 }, index < 12 ? ['price'] : []);
    const [delivery, price, staff] = summarizeThemes(tallies);
    expect(delivery).toMatchObject({ id: 'delivery', mentions: 40, share: 40 });
    expect(delivery?.with.nps).toBe(-50);
    expect(delivery?.without.nps).toBe(50);
    // Impact -100 points; SE = sqrt((.75 - .25)/40 + (.7 - .25)/60) = sqrt(.0125 + .0075) = 14.142 points.
    expect(delivery?.impact.difference).toBeCloseTo(-100, 10);
    expect(delivery?.impact.standardError).toBeCloseTo(Math.sqrt(0.02) * 100, 10);
    expect(delivery?.impact.significant).toBe(true);
    expect(delivery?.shareInterval?.[0]).toBeLessThan(40);
    // Price: the 12 mentions are all promoters (NPS 100) against 88 others.
    expect(price).toMatchObject({ id: 'price', mentions: 12 });
    expect(price?.with.nps).toBe(100);
    // A declared theme nobody mentions is listed with 0, and its impact is not testable.
    expect(staff).toMatchObject({ id: 'staff', mentions: 0, share: 0 });
    expect(staff?.impact).toMatchObject({ testable: false, reason: 'empty' });
  });

  it('lists nothing without responses or themes, and no NaN', () => {
    const summary = summarizeThemes(createThemeTallies(['x']));
    expect(summary[0]).toMatchObject({ mentions: 0, share: null, shareInterval: null });
    expect(JSON.stringify(summary)).not.toContain('NaN');
    expect(summarizeThemes(createThemeTallies())).toEqual([]);
  });
});
