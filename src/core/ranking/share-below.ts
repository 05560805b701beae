/**
 * Share of a sorted column below x, ties counting half (the empirical CDF at x). The column is
 * values[start … start + length). The search has no data-dependent branch (the next probe is
 * chosen by a conditional move), which halves its cost on these columns, whose probes the
 * processor cannot predict.
 */
export function shareBelow(values: Float64Array, start: number, length: number, x: number): number {
  if (length === 0) return 0;
  let base = start;
  let k = length;
  while (k > 1) {
    const half = k >>> 1;
    base = values[base + half - 1]! < x ? base + half : base;
    k -= half;
  }
  const lo = base - start + (values[base]! < x ? 1 : 0);
  let upper = lo;
  while (upper < length && values[start + upper] === x) upper++;
  return (lo + upper) / 2 / length;
}
