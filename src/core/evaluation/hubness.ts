/** How evenly a method spreads its top-k lists over the candidates it can recommend. */
export interface Hubness {
  /** How many lists were counted. */
  readonly lists: number;
  /** Share of the candidates that appear in at least one list. */
  readonly coverage: number;
  /** Gini coefficient of how often each candidate appears (0 = all equally often, 1 = one takes all). */
  readonly gini: number;
  /** Most lists any one candidate appears in. */
  readonly maxOccurrences: number;
}

/**
 * Gini coefficient of non-negative counts: Σ (2i − n − 1)·xᵢ / (n·Σx) over the counts sorted
 * ascending (i from 1). 0 for equal counts or no counts at all.
 */
export function giniCoefficient(counts: readonly number[]): number {
  const n = counts.length;
  const sorted = [...counts].sort((a, b) => a - b);
  let total = 0;
  let weighted = 0;
  sorted.forEach((x, i) => {
    total += x;
    weighted += (2 * (i + 1) - n - 1) * x;
  });
  return n === 0 || total === 0 ? 0 : weighted / (n * total);
}

/** Coverage and Gini of top-k occurrences over `candidates` (ids 0 … candidates − 1). */
export function toHubness(lists: readonly (readonly number[])[], candidates: number): Hubness {
  const counts = new Array<number>(candidates).fill(0);
  for (const list of lists) for (const id of list) counts[id] = (counts[id] ?? 0) + 1;
  return {
    lists: lists.length,
    coverage: candidates === 0 ? 0 : counts.filter((c) => c > 0).length / candidates,
    gini: giniCoefficient(counts),
    maxOccurrences: Math.max(0, ...counts),
  };
}
