import type { Occupation } from '../../core/domain/index.js';
import { toUserContext, type UserContext } from '../../core/features/index.js';
import {
  RANGE_MARGINS,
  calibrationMargins,
  isExpandedScorer,
  isMatchCalibrated,
  perturbationMargins,
  profileDetailOf,
  profilePerturbations,
  selectCareers,
  toConfidenceBasis,
  type ConfidenceBasis,
  type ProfileDetail,
  type RangeMargins,
  type Scorer,
} from '../../core/ranking/index.js';
import type { RecommenderContext } from './recommender-context.js';

/** One shown recommendation: its career index and score. */
export interface ShownMatch {
  readonly index: number;
  readonly score: number;
}

/** Options of the match ranges of one list. */
export interface MatchRangeOptions {
  /** Extra points on both sides of one career's range (default widenPointsOf its occupation). */
  readonly widenPoints?: (careerIndex: number) => number;
  /** The margins for how much the profile tells (default RANGE_MARGINS; the evaluation fits its own). */
  readonly margins?: Readonly<Record<ProfileDetail, RangeMargins>>;
}

const NONE: RangeMargins = Object.freeze({ below: 0, above: 0 });

/**
 * Extra points on both sides of the range of an occupation whose profile is estimated (O*NET has
 * not rated it). Chosen, not fitted: 30 points of extra width put such a range above the High
 * width (25 points), so an estimated occupation is never High confidence.
 */
export const ESTIMATED_PROFILE_WIDEN_POINTS = 15;

/**
 * Extra points on both sides of an occupation's match range: 0 for an occupation rated from its
 * own data, ESTIMATED_PROFILE_WIDEN_POINTS for one whose profile is estimated.
 */
export function widenPointsOf(occupation: Occupation): number {
  return occupation.profileEstimate === undefined ? 0 : ESTIMATED_PROFILE_WIDEN_POINTS;
}

/**
 * The match range and confidence of each shown recommendation. The profile is perturbed
 * (profilePerturbations: one stated skill dropped, the first two interests or values in the other
 * order) and only the shown careers are re-scored per variant (for the product's expanded scorer,
 * its model probability, with the best-fitting occupations held as they are); the range spans the
 * percentages they got, plus the calibration step's interval and the margin for how much the
 * profile tells.
 */
export function toConfidenceBases(
  ctx: RecommenderContext,
  scorer: Scorer,
  user: UserContext,
  shown: readonly ShownMatch[],
  options: MatchRangeOptions = {},
): ConfidenceBasis[] {
  const detail = profileDetailOf(user.profile);
  const calibrated = isMatchCalibrated(scorer);
  const percentOf = (u: UserContext, score: number) =>
    100 * (isMatchCalibrated(scorer) ? scorer.matchProbability(u, score) : score);
  const careers = selectCareers(
    ctx.careers,
    shown.map((s) => s.index),
  );
  // Expanded: score′ = score + (1 − λ)·(p′ − p), p the model's probability of the pair.
  const expanded = isExpandedScorer(scorer) ? scorer : null;
  const variants = profilePerturbations(user.profile);
  // The model's probabilities for the person: stage 1 computed them all (else one by one).
  const stage1 = expanded?.baseScores?.(user);
  const modelScores =
    expanded && variants.length > 0
      ? careers.map((c, i) => stage1?.[shown[i]!.index] ?? expanded.base.scoreOne(user, c))
      : [];
  // Each variant scores the shown careers in one call (the model's or the scorer's own score).
  const variantScores = new Float64Array(careers.length);
  const rescore = (i: number): number => {
    if (!expanded) return variantScores[i]!;
    const moved =
      shown[i]!.score + (1 - expanded.options.lambda) * (variantScores[i]! - modelScores[i]!);
    return Math.min(1, Math.max(0, moved));
  };
  const perturbed: number[][] = shown.map(() => []);
  if (shown.length > 0)
    for (const profile of variants) {
      const variant = toUserContext(profile, ctx.population);
      (expanded?.base ?? scorer).scoreAll(variant, careers, variantScores);
      shown.forEach((_, i) => perturbed[i]!.push(percentOf(variant, rescore(i))));
    }
  const margins = options.margins ?? RANGE_MARGINS;
  const widen =
    options.widenPoints ??
    ((i: number) => widenPointsOf(ctx.catalog.occupations[ctx.careers[i]!.catalogIndex]!));
  return shown.map((s, i) => {
    const percent = percentOf(user, s.score);
    return toConfidenceBasis(
      {
        percent,
        calibration: calibrated ? calibrationMargins(percent / 100) : NONE,
        perturbations: perturbationMargins(percent, perturbed[i]!),
        detail: calibrated ? margins[detail] : NONE,
        widenPoints: widen(s.index),
      },
      detail,
    );
  });
}
