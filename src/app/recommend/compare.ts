import { z } from 'zod';
import { list, type UserProfile } from '../../core/domain/index.js';
import type { Scorer } from '../../core/ranking/index.js';
import { rankForProfile, type RankOptions } from './recommend.js';
import { recommendationResultSchema } from './recommendation.js';
import type { RecommenderContext } from './recommender-context.js';

/** The same profile through the model and the baseline, with their overlap in the top k. */
export const comparisonSchema = z
  .object({
    ml: recommendationResultSchema,
    baseline: recommendationResultSchema,
    overlap: z.object({
      k: z.number().int(),
      count: z.number().int(),
      codes: list(z.string()),
    }),
  })
  .meta({ id: 'Comparison' });

/** The same profile through both scorers (see comparisonSchema). */
export type Comparison = z.infer<typeof comparisonSchema>;

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
