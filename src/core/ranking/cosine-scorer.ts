import type { CareerProfile, UserContext } from '../features/index.js';
import type { Scorer } from './scorer.js';

/** Cosine similarity of two vectors; 0 when either is all zeros. */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/**
 * The simple-matching baseline: cosine similarity of the person's profile vector and the
 * career's, over the same 47 dimensions the model sees (skills, interests, values).
 */
export function createCosineScorer(): Scorer {
  return {
    kind: 'baseline',
    version: 'cosine-v1',
    scoreAll(user: UserContext, careers: readonly CareerProfile[], out: Float64Array) {
      for (let i = 0; i < careers.length; i++) out[i] = cosine(user.vector, careers[i]!.vector);
    },
  };
}
