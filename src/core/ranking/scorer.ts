import type { CareerProfile, UserContext } from '../features/index.js';
import type { ExpansionNeighbour, ExpansionOptions } from './expanded-scorer.js';
import type { MatchCalibration } from './match-calibration.js';
import type { ScoredIndex } from './rank.js';

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

  // Capabilities some scorers have, typed here so that no caller detects them by casting.

  /** A calibrated scorer: the calibrated match probability of a score it gave `user`. */
  readonly matchProbability?: (user: UserContext, score: number) => number;
  /** A linear model: the calibration of the product's expanded scores fitted over it, or null. */
  readonly matchCalibration?: MatchCalibration | null;
  /** An expanded scorer: the model whose probabilities it blends (and whose contributions explain). */
  readonly base?: Scorer;
  /** An expanded scorer: its expansion settings. */
  readonly options?: ExpansionOptions;
  /** An expanded scorer: the stage-1 best careers the person's query is expanded with, best first. */
  readonly expansion?: (user: UserContext) => readonly ExpansionNeighbour[];
  /**
   * The top `limit` careers among the eligible ones (rankTopK over the numbers scoreAll writes,
   * the same list), for a scorer that can find them without scoring every career in full; null
   * where it cannot (call topCareers, which then scores them all).
   */
  readonly rankTop?: (
    user: UserContext,
    careers: readonly CareerProfile[],
    eligible: ArrayLike<number>,
    limit: number,
  ) => ScoredIndex[] | null;
  /**
   * An expanded scorer: its base model's score of every career (in the order it ranks them) for
   * the person, as its stage 1 computed them (the numbers base.scoreAll writes).
   */
  readonly baseScores?: (user: UserContext) => Float64Array;
}
