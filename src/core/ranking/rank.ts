/** A scored candidate: index into the careers array and its score (the ranking key). */
export interface ScoredIndex {
  readonly index: number;
  readonly score: number;
}

/**
 * The top `k` candidates by score, highest first; equal scores are ordered by code so that the
 * order is deterministic. `eligible[i]` false removes candidate i.
 */
export function rankTopK(
  scores: ArrayLike<number>,
  codes: readonly string[],
  eligible: ArrayLike<boolean> | null,
  k: number,
): ScoredIndex[] {
  const out: ScoredIndex[] = [];
  const better = (a: ScoredIndex, b: ScoredIndex) =>
    a.score > b.score || (a.score === b.score && codes[a.index]! < codes[b.index]!);
  for (let i = 0; i < scores.length; i++) {
    if (eligible && !eligible[i]) continue;
    const item = { index: i, score: scores[i]! };
    if (out.length === k && !better(item, out[k - 1]!)) continue;
    let pos = out.length < k ? out.length : k - 1;
    if (out.length < k) out.push(item);
    while (pos > 0 && better(item, out[pos - 1]!)) {
      out[pos] = out[pos - 1]!;
      pos--;
    }
    out[pos] = item;
  }
  return out;
}
