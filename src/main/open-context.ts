import { loadCatalog, type CatalogProgressOptions } from '../adapters/catalog/index.js';
import { createRecommenderContext, type RecommenderContext } from '../app/recommend/index.js';
import type { Config } from '../config/index.js';

/** Loads the catalog (compiled store in DATA_DIR) and builds the recommender context on it. */
export async function openContext(
  config: Config,
  options: CatalogProgressOptions = {},
): Promise<RecommenderContext> {
  return createRecommenderContext(await loadCatalog(config, options));
}
