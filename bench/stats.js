// Order statistics the benchmarks share.

/** The median of `values`; the mean of the middle two for an even count. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * A 95% confidence interval for the median of `values`: the k-th smallest and
 * the k-th largest, with k the largest rank for which the chance that fewer
 * than k runs fall below the true median is at most 2.5% (binomial, p = ½).
 * Undefined with fewer than 6 runs, where no such k exists.
 */
export function medianInterval(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  let k = 0;
  let below = 0; // P(X ≤ rank) for X ~ Binomial(n, ½), summed term by term
  let term = 0.5 ** n; // P(X = rank), starting at rank 0
  for (let rank = 0; rank < n; rank++) {
    below += term;
    if (below > 0.025) break;
    k = rank + 1;
    term = (term * (n - rank)) / (rank + 1);
  }
  return k === 0 ? undefined : [sorted[k - 1], sorted[n - k]];
}
