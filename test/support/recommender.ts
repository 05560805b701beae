import {
  createRecommenderContext,
  type RecommenderContext,
} from '../../src/app/recommend/index.js';
import { trainModel } from '../../src/app/train/index.js';
import type { Scorer } from '../../src/core/ranking/index.js';
import { loadSharedCatalog } from './catalog.js';

let shared: Promise<RecommenderContext> | undefined;

/** The recommender context over the full shared catalog, built once per test worker. */
export function loadSharedContext(): Promise<RecommenderContext> {
  shared ??= loadSharedCatalog().then(createRecommenderContext);
  return shared;
}

/** A small logistic model (2,000 blended pairs, seed 3) on the shared context, for explanation tests. */
export function trainSmallModel(ctx: RecommenderContext): Scorer {
  return trainModel(ctx, { pairs: 2000, seed: 3, recipe: 'blended' }, '2000-01-01T00:00:00.000Z')
    .scorer;
}
