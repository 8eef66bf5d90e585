import { describe, expect, it } from 'vitest';
import { periodLabel } from '../../src/charts/locale.ts';
import { periodSlot, periodXEncoding } from '../../src/charts/period-axis.ts';

describe('a daily period axis', () => {
  it('names a day as the axis does', () => {
    expect(periodLabel('2026-03-02', 'fr')).toBe('2 mars 2026');
    expect(periodLabel('2026-02-14', 'en')).toBe('14 Feb 2026');
  });

  it('spans each day from its midnight to the next, with a day format and one label per day', () => {
    const slots = ['2026-03-02', '2026-03-03', '2026-03-04'].map((key) => periodSlot({ key }, 'fr'));
    expect(slots.map((slot) => slot && [slot.end - slot.start, slot.label])).toEqual([
      [86_400_000, '2 mars 2026'],
      [86_400_000, '3 mars 2026'],
      [86_400_000, '4 mars 2026'],
    ]);
    const encoding = periodXEncoding(
      slots.filter((slot) => slot !== null),
      {
        locale: 'fr',
        field: 'mid',
        title: null,
        axis: 'show',
        withDomain: true,
      },
    ) as { axis: { format: string; values: number[] }; scale: { domain: number[] } };
    expect(encoding.axis.format).toBe('%-d %b %Y');
    expect(encoding.axis.values).toHaveLength(3);
    expect(encoding.scale.domain).toEqual([Date.UTC(2026, 2, 2), Date.UTC(2026, 2, 5)]);
  });
});
