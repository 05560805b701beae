/** "Not for me" (down) or "more like this" (up) on one occupation, within one visit. */
export interface VisitRating {
  readonly careerIndex: number;
  readonly rating: 'up' | 'down';
}

/** How far a visit rating moves the occupations it touches. */
export interface VisitFeedbackOptions {
  /** Score change of the rated occupation itself (scores are 0–1); its neighbours get shift × similarity. */
  readonly shift: number;
  /** How many of the occupations most like the rated one move with it. */
  readonly neighbours: number;
}

/**
 * The page's setting: a rating moves the occupation by 0.2 and its 10 most similar occupations
 * by 0.2 × their similarity (0–1), which takes a "not for me" card out of the top few at once.
 */
export const VISIT_FEEDBACK: VisitFeedbackOptions = Object.freeze({ shift: 0.2, neighbours: 10 });

/** How one occupation's score was changed by the visit's ratings, and by which. */
export interface VisitAdjustment {
  readonly scoreChange: number;
  /** The rated occupations (career indices) that moved this one. */
  readonly because: readonly VisitRating[];
}

/**
 * Applies a visit's ratings to the scores in place: each rated occupation and its `neighbours`
 * most similar occupations (by `similarity`, 0–1; ties by index) move down for "down" and up
 * for "up", the neighbours in proportion to their similarity. Returns the change per career.
 */
export function applyVisitFeedback(
  scores: Float64Array,
  ratings: readonly VisitRating[],
  similarity: (a: number, b: number) => number,
  options: VisitFeedbackOptions = VISIT_FEEDBACK,
): Map<number, VisitAdjustment> {
  const changes = new Map<number, { scoreChange: number; because: VisitRating[] }>();
  const add = (index: number, change: number, by: VisitRating) => {
    const entry = changes.get(index) ?? { scoreChange: 0, because: [] };
    entry.scoreChange += change;
    if (!entry.because.includes(by)) entry.because.push(by);
    changes.set(index, entry);
  };
  for (const r of ratings) {
    const sign = r.rating === 'down' ? -1 : 1;
    add(r.careerIndex, sign * options.shift, r);
    const near = Array.from(scores.keys())
      .filter((i) => i !== r.careerIndex)
      .map((i) => ({ i, s: Math.max(0, Math.min(1, similarity(r.careerIndex, i))) }))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .slice(0, options.neighbours);
    for (const { i, s } of near) if (s > 0) add(i, sign * options.shift * s, r);
  }
  for (const [i, c] of changes) scores[i] = scores[i]! + c.scoreChange;
  return changes;
}
