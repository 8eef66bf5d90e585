/**
 * Holm's step-down adjustment (Holm 1979) for a family of tests shown together: with m tests each at
 * level α, about m × α of them come out "significant" by chance; Holm keeps the chance of any false
 * alarm in the family at α, under any dependence between the tests, and rejects at least as much as
 * Bonferroni.
 */
export interface HolmResult {
  /** Adjusted p-values in input order; null where the input was null (not testable: not in the family). */
  adjusted: (number | null)[];
  /** Adjusted p < α (the strict convention of the single tests); false for a null. */
  significant: boolean[];
  /** m: how many p-values the family holds. */
  family: number;
}

/**
 * Sorted ascending, the i-th adjusted p-value is max over j <= i of min(1, (m - j + 1) p_(j)): the
 * running maximum keeps the adjusted values in the order of the raw ones.
 */
export function holmAdjust(pValues: readonly (number | null)[], alpha: number): HolmResult {
  const order = pValues.flatMap((p, index) => (p === null ? [] : [{ p, index }])).sort((a, b) => a.p - b.p || a.index - b.index);
  const m = order.length;
  const adjusted: (number | null)[] = pValues.map(() => null);
  let runningMax = 0;
  order.forEach(({ p, index }, rank) => {
    runningMax = Math.max(runningMax, Math.min(1, (m - rank) * p));
    adjusted[index] = runningMax;
  });
  return { adjusted, significant: adjusted.map((p) => p !== null && p < alpha), family: m };
}
