import {
  createRecommenderContext,
  type RecommenderContext,
} from '../../src/app/recommend/index.js';
import { loadSharedCatalog } from './catalog.js';

let shared: Promise<RecommenderContext> | undefined;

/** The recommender context over the full shared catalog, built once per test worker. */
export function loadSharedContext(): Promise<RecommenderContext> {
  shared ??= loadSharedCatalog().then(createRecommenderContext);
  return shared;
}
