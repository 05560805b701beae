import {
  FEATURE_COUNT,
  PROFILE_DIMENSIONS,
  cosineOf,
  sparseDot,
  type CareerProfile,
  type UserContext,
} from '../features/index.js';
import type { Scorer } from './scorer.js';

/**
 * Cosine of the person's and the career's profile vectors from the precomputed norms, summing
 * only over the person's non-zero dimensions (the same number as `cosine` of the two vectors).
 */
function profileCosine(user: UserContext, career: CareerProfile): number {
  return cosineOf(
    sparseDot(user.vectorNonZero, user.vector, career.vector),
    user.vectorNormSq,
    career.vectorNormSq,
  );
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
      for (let i = 0; i < careers.length; i++) out[i] = profileCosine(user, careers[i]!);
    },
    scoreOne(user: UserContext, career: CareerProfile) {
      return profileCosine(user, career);
    },
    contributions(user: UserContext, career: CareerProfile) {
      const out = new Float64Array(FEATURE_COUNT);
      const u = user.vector;
      const c = career.vector;
      let nu = 0;
      let nc = 0;
      for (let i = 0; i < u.length; i++) {
        nu += u[i]! * u[i]!;
        nc += c[i]! * c[i]!;
      }
      const norm = Math.sqrt(nu * nc);
      // The baseline's "fit" is the per-dimension share of the cosine, placed in the fit block.
      if (norm > 0)
        for (let i = 0; i < u.length; i++) out[2 * PROFILE_DIMENSIONS + i] = (u[i]! * c[i]!) / norm;
      return out;
    },
  };
}
