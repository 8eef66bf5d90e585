// Holm's procedure written apart from core/src/stats/holm.ts, for the tests to check it against.

/**
 * The textbook procedure written apart: sort, compare p_(k) with α / (m - k + 1), reject until the
 * first failure; each adjusted p-value straight from its definition (no running maximum).
 */
export function naiveHolm(pValues: readonly (number | null)[], alpha: number) {
  const tested = pValues.flatMap((p, index) => (p === null ? [] : [{ p, index }]));
  const sorted = [...tested].sort((a, b) => a.p - b.p);
  const m = sorted.length;
  const significant = pValues.map(() => false);
  for (let k = 1; k <= m; k++) {
    const entry = sorted[k - 1] as { p: number; index: number };
    if (!(entry.p < alpha / (m - k + 1))) break;
    significant[entry.index] = true;
  }
  const adjusted = pValues.map((p) => {
    if (p === null) return null;
    // Every test sorted at or before this one (ties included: they share one adjusted value).
    const candidates = sorted.map((entry, j) => ({ ...entry, j })).filter((entry) => entry.p <= p);
    return Math.max(...candidates.map(({ p: pj, j }) => Math.min(1, (m - j) * pj)));
  });
  return { adjusted, significant };
}
