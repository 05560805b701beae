/**
 * Mutual proximity's lookups: the share of a career's sorted reference scores below a score, and
 * a summary of each column (a few of its values) that bounds that share without searching it.
 */

/**
 * Every step-th value of each sorted column, `size` per career side by side (a few kB in all,
 * where the columns are megabytes): it bounds a column's shareBelow without searching it.
 */
export interface ProximitySummary {
  readonly values: Float64Array;
  readonly size: number;
  readonly step: number;
}

/** How many values of each column the summary keeps. */
const SUMMARY_SIZE = 16;

export function toProximitySummary(columns: readonly Float64Array[]): ProximitySummary {
  const length = columns[0]?.length ?? 0;
  const step = Math.max(1, Math.ceil(length / SUMMARY_SIZE));
  const size = Math.ceil(length / step);
  const values = new Float64Array(columns.length * size);
  columns.forEach((col, c) => {
    for (let j = 0; j < size; j++) values[c * size + j] = col[j * step]!;
  });
  return { values, size, step };
}

/**
 * Lower and upper bounds of shareBelow(column c, x) from the summary: a kept value below x has
 * every value before it below x too, and a kept value at or above x has none after it below x.
 */
export function shareBounds(
  summary: ProximitySummary,
  length: number,
  c: number,
  x: number,
  out: { low: number; high: number },
): void {
  const { values, size, step } = summary;
  let lessLow = 0;
  let atMostLow = 0;
  let lessHigh = length;
  let atMostHigh = length;
  for (let j = 0, at = c * size; j < size; j++, at++) {
    const v = values[at]!;
    const p = j * step;
    if (v < x) lessLow = p + 1;
    else if (lessHigh === length) lessHigh = p;
    if (v <= x) atMostLow = p + 1;
    else if (atMostHigh === length) atMostHigh = p;
  }
  out.low = length === 0 ? 0 : (lessLow + atMostLow) / 2 / length;
  out.high = length === 0 ? 0 : (lessHigh + atMostHigh) / 2 / length;
}

/** Share of a sorted column below x, ties counting half (the empirical CDF at x). */
export function shareBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  let upper = lo;
  while (upper < sorted.length && sorted[upper] === x) upper++;
  return sorted.length === 0 ? 0 : (lo + upper) / 2 / sorted.length;
}
