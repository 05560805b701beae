/** Discounted cumulative gain of the first `k` gains (position i counts 1 / log2(i + 2)). */
export function dcg(gains: readonly number[], k: number): number {
  let sum = 0;
  for (let i = 0; i < Math.min(k, gains.length); i++) sum += gains[i]! / Math.log2(i + 2);
  return sum;
}

/**
 * NDCG@k of a ranked list of item ids against graded relevance (id → gain); the ideal ordering
 * uses every relevant item that could have been ranked. 0 when nothing is relevant.
 */
export function ndcgAt(
  ranked: readonly number[],
  relevance: ReadonlyMap<number, number>,
  k: number,
): number {
  const ideal = [...relevance.values()].sort((a, b) => b - a);
  const idcg = dcg(ideal, k);
  if (idcg === 0) return 0;
  return (
    dcg(
      ranked.slice(0, k).map((id) => relevance.get(id) ?? 0),
      k,
    ) / idcg
  );
}

/** Share of the relevant items found in the first `k` (0 when nothing is relevant). */
export function recallAt(
  ranked: readonly number[],
  relevant: ReadonlySet<number>,
  k: number,
): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) if (relevant.has(ranked[i]!)) hits++;
  return hits / relevant.size;
}

/** 1 / rank of the first relevant item in the full ranking, 0 when none appears. */
export function reciprocalRank(ranked: readonly number[], relevant: ReadonlySet<number>): number {
  for (let i = 0; i < ranked.length; i++) if (relevant.has(ranked[i]!)) return 1 / (i + 1);
  return 0;
}
