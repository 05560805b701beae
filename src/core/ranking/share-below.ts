/**
 * Columns of sorted numbers (one per career: its scores over the reference queries), laid out
 * for the one question mutual proximity asks of each career in every ranking: the share of the
 * column below a score. All columns sit in one block, and every STRIDE-th value of each also in
 * a small index that stays in the processor's cache between requests, so a lookup reads the big
 * block at one short stretch instead of at every halving (half the time of a plain binary search
 * when the rest of a request has pushed the block out of the cache).
 */
export interface SortedColumns {
  /** Column c is values[c × length … (c + 1) × length), ascending. */
  readonly values: Float64Array;
  readonly length: number;
  /** index[c × blocks + b] = values[c × length + b × STRIDE]. */
  readonly index: Float64Array;
  readonly blocks: number;
}

const STRIDE = 32;

/**
 * Sorts each of the `count` columns of `length` values that `fill` writes (column c's value a at
 * values[c × length + a]) and indexes them.
 */
export function toSortedColumns(
  count: number,
  length: number,
  fill: (values: Float64Array) => void,
): SortedColumns {
  const values = new Float64Array(count * length);
  fill(values);
  for (let c = 0; c < count; c++) values.subarray(c * length, (c + 1) * length).sort();
  const blocks = Math.ceil(length / STRIDE);
  const index = new Float64Array(count * blocks);
  for (let c = 0; c < count; c++)
    for (let b = 0; b < blocks; b++) index[c * blocks + b] = values[c * length + b * STRIDE]!;
  return { values, length, index, blocks };
}

/**
 * Share of column c's values below x, ties counting half (the empirical CDF at x). The index
 * says how many blocks start below x (a search without data-dependent branches: the next probe is
 * chosen by a conditional move); the first value not below x then lies in the block before.
 */
export function shareBelow(columns: SortedColumns, c: number, x: number): number {
  const { values, length, index, blocks } = columns;
  if (length === 0) return 0;
  const first = c * blocks;
  let base = first;
  let k = blocks;
  while (k > 1) {
    const half = k >>> 1;
    base = index[base + half - 1]! < x ? base + half : base;
    k -= half;
  }
  const below = base - first + (index[base]! < x ? 1 : 0);
  const start = c * length;
  // The first value not below x is in [from, to), or is `to` itself.
  let lo = below === 0 ? 0 : (below - 1) * STRIDE + 1;
  let hi = Math.min(length, below * STRIDE);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[start + mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  let upper = lo;
  while (upper < length && values[start + upper] === x) upper++;
  return (lo + upper) / 2 / length;
}
