import type { UserProfile } from '../../core/domain/index.js';
import type { Scorer } from '../../core/ranking/index.js';
import { rankForProfile, type RankOptions } from './recommend.js';
import type { RecommendationResult } from './recommendation.js';
import type { RecommenderContext } from './recommender-context.js';

/** The same profile through the model and the baseline, with their overlap in the top k. */
export interface Comparison {
  readonly ml: RecommendationResult;
  readonly baseline: RecommendationResult;
  readonly overlap: {
    readonly k: number;
    readonly count: number;
    readonly codes: readonly string[];
  };
}

/** Ranks one profile with both scorers and measures how many of the top k they share. */
export function compareScorers(
  ctx: RecommenderContext,
  ml: Scorer,
  baseline: Scorer,
  profile: UserProfile,
  options: RankOptions,
): Comparison {
  const a = rankForProfile(ctx, ml, profile, options);
  const b = rankForProfile(ctx, baseline, profile, options);
  const inB = new Set(b.recommendations.map((r) => r.code));
  const codes = a.recommendations.map((r) => r.code).filter((c) => inB.has(c));
  return { ml: a, baseline: b, overlap: { k: options.limit, count: codes.length, codes } };
}
