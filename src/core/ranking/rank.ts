/** A scored candidate: index into the careers array and its score (the ranking key). */
export interface ScoredIndex {
  readonly index: number;
  readonly score: number;
}

/** Whether candidate (i, score) goes before `b`: higher score, or the same score and a lower code. */
function before(codes: readonly string[], i: number, score: number, b: ScoredIndex): boolean {
  return score > b.score || (score === b.score && codes[i]! < codes[b.index]!);
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
  for (let i = 0; i < scores.length; i++) {
    if (eligible && !eligible[i]) continue;
    const score = scores[i]!;
    // Most candidates lose to the current k-th: test before building anything.
    if (out.length === k && !before(codes, i, score, out[k - 1]!)) continue;
    const item = { index: i, score };
    let pos = out.length;
    if (pos < k) out.push(item);
    else pos = k - 1;
    while (pos > 0 && before(codes, i, score, out[pos - 1]!)) {
      out[pos] = out[pos - 1]!;
      pos--;
    }
    out[pos] = item;
  }
  return out;
}
