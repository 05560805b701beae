import type { UserContext } from '../features/index.js';
import { applyIsotonic, type IsotonicMap } from '../model/index.js';
import type { Scorer } from './scorer.js';

/**
 * Monotone maps from the product's final score to the share of occupations with that score that
 * are among O*NET's related occupations of the job the person comes from (or that job itself),
 * fitted on source occupations the model was not trained on: one map for profiles inferred
 * from a current job, one for profiles a person stated. Monotone, so the order never changes.
 */
export interface MatchCalibration {
  readonly inferred: IsotonicMap;
  readonly stated: IsotonicMap;
}

/** The calibrated probability of `score` for this person's kind of profile. */
export function calibratedMatch(
  calibration: MatchCalibration,
  user: UserContext,
  score: number,
): number {
  const map = user.profile.inferred ? calibration.inferred : calibration.stated;
  const p = applyIsotonic(map, score);
  return Number.isNaN(p) ? score : p;
}

/** A scorer whose scores can be read as calibrated match probabilities. */
export type MatchCalibrated = Scorer & Required<Pick<Scorer, 'matchProbability'>>;

/** True when the scorer maps its scores to calibrated probabilities. */
export function isMatchCalibrated(scorer: Scorer): scorer is MatchCalibrated {
  return scorer.matchProbability !== undefined;
}

/**
 * The match percentage shown for a score: the calibrated probability when the scorer has one,
 * else the score itself (the cosine baseline's similarity), × 100, rounded.
 */
export function toMatchPercent(scorer: Scorer, user: UserContext, score: number): number {
  return Math.round(
    (isMatchCalibrated(scorer) ? scorer.matchProbability(user, score) : score) * 100,
  );
}

/** The calibration a scorer carries (see createLinearScorer), or null. */
export function matchCalibrationOf(scorer: Scorer): MatchCalibration | null {
  return scorer.matchCalibration ?? null;
}
