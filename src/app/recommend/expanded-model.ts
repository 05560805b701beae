import { inferProfileFromOccupation } from '../../core/domain/index.js';
import { toUserContext } from '../../core/features/index.js';
import {
  DEFAULT_EXPANSION,
  createExpandedScorer,
  isExpandedScorer,
  matchCalibrationOf,
  type ExpandedScorer,
  type ExpansionOptions,
  type Scorer,
} from '../../core/ranking/index.js';
import type { RecommenderContext } from './recommender-context.js';

/**
 * The base model's scores of every career for a person who has career `careerIndex`'s full
 * O*NET profile (as inferred from a current job, but with no current occupation, so the career
 * itself is not excluded; SOC group features still apply through the inferred code). This is
 * the benchmark's "full" query for that occupation.
 */
export function toFullProfileRow(
  ctx: RecommenderContext,
  base: Scorer,
  careerIndex: number,
): Float64Array {
  const occupation = ctx.catalog.occupations[ctx.careers[careerIndex]!.catalogIndex]!;
  const profile = { ...inferProfileFromOccupation(occupation), currentOccupation: null };
  const out = new Float64Array(ctx.careers.length);
  base.scoreAll(toUserContext(profile, ctx.population), ctx.careers, out);
  return out;
}

/**
 * The product's "ml" scorer: the logistic model with pseudo-relevance query expansion over the
 * catalog's careers (rows computed lazily and cached inside the returned scorer, so keep it for
 * as long as the model is active), with the match calibration the model carries (fitted for the
 * default expansion only). A scorer that already expands is returned as it is.
 */
export function toExpandedScorer(
  ctx: RecommenderContext,
  base: Scorer,
  options: ExpansionOptions = DEFAULT_EXPANSION,
): ExpandedScorer {
  if (isExpandedScorer(base)) return base;
  const calibration = options === DEFAULT_EXPANSION ? matchCalibrationOf(base) : null;
  return createExpandedScorer(
    base,
    ctx.careers,
    (a) => toFullProfileRow(ctx, base, a),
    options,
    calibration,
  );
}
