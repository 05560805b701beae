/** A scored candidate: index into the careers array and its score (the ranking key). */
export interface ScoredIndex {
  readonly index: number;
  readonly score: number;
}

/**
 * The top `k` candidates by score, highest first; equal scores are ordered by code so that the
 * order is deterministic. `eligible[i]` false (or 0) removes candidate i.
 */
export function rankTopK(
  scores: ArrayLike<number>,
  codes: readonly string[],
  eligible: ArrayLike<boolean | number> | null,
  k: number,
): ScoredIndex[] {
  const out: ScoredIndex[] = [];
  if (k <= 0) return out;
  // Whether candidate (i, score) goes before `b`.
  const before = (i: number, score: number, b: ScoredIndex) =>
    score > b.score || (score === b.score && codes[i]! < codes[b.index]!);
  for (let i = 0; i < scores.length; i++) {
    if (eligible && !eligible[i]) continue;
    const score = scores[i]!;
    // Most candidates lose to the current k-th: test before building anything.
    if (out.length === k && !before(i, score, out[k - 1]!)) continue;
    const item = { index: i, score };
    let pos = out.length;
    if (pos < k) out.push(item);
    else pos = k - 1;
    while (pos > 0 && before(i, score, out[pos - 1]!)) {
      out[pos] = out[pos - 1]!;
      pos--;
    }
    out[pos] = item;
  }
  return out;
}
