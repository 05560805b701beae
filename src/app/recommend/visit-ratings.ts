import {
  matrixSimilarity,
  toSimilarityMatrix,
  type SimilarityMatrix,
} from '../../core/synthetic/index.js';
import type { VisitRating } from '../../core/ranking/index.js';
import { AppError } from '../../errors.js';
import type { RecommenderContext } from './recommender-context.js';

const matrices = new WeakMap<RecommenderContext, SimilarityMatrix>();

/**
 * How alike two occupations are (0–1: skill importance and interest profiles, the similarity
 * the synthetic pairs use); the matrix is built once per catalog, on first use.
 */
export function occupationSimilarity(ctx: RecommenderContext): (a: number, b: number) => number {
  let m = matrices.get(ctx);
  if (!m) {
    m = toSimilarityMatrix(ctx.careers);
    matrices.set(ctx, m);
  }
  const matrix = m;
  return (a, b) => matrixSimilarity(matrix, a, b);
}

/**
 * A request's visit feedback as career indices; an occupation without ratings cannot be
 * ranked, so rating it says nothing (left out); an unknown code is the caller's mistake.
 */
export function toVisitRatings(
  ctx: RecommenderContext,
  feedback: readonly { readonly code: string; readonly rating: 'up' | 'down' }[],
): VisitRating[] {
  const out: VisitRating[] = [];
  for (const f of feedback) {
    const index = ctx.codes.indexOf(f.code);
    if (index >= 0) out.push({ careerIndex: index, rating: f.rating });
    else if (!ctx.catalog.occupations.some((o) => o.code === f.code))
      throw new AppError(
        'VALIDATION_FAILED',
        `feedback names ${f.code}, which is no O*NET occupation; use the codes of the recommendations.`,
      );
  }
  return out;
}
