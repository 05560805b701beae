import type { CareerProfile, UserContext } from '../features/index.js';

/** Which way of scoring produced a ranking. */
export type ScorerKind = 'ml' | 'baseline';

/** Scores every candidate career for one person; a pure function of features and weights. */
export interface Scorer {
  readonly kind: ScorerKind;
  /** Identifies the model (artifact version) or the baseline's definition. */
  readonly version: string;
  /** Writes one score in [0, 1] per career into `out`, in the order of `careers`. */
  scoreAll(user: UserContext, careers: readonly CareerProfile[], out: Float64Array): void;
  /** Score of one pair (the same number scoreAll writes). */
  scoreOne(user: UserContext, career: CareerProfile): number;
  /**
   * Each feature's additive part of the score for one pair, in FEATURES order: for the logistic
   * model the coefficient × standardized value (summing, with the intercept, to the logit); for
   * the cosine baseline each dimension's share of the similarity.
   */
  contributions(user: UserContext, career: CareerProfile): Float64Array;
}
