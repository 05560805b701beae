import {
  createRecommenderContext,
  type RecommenderContext,
} from '../../src/app/recommend/index.js';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DEFAULT_TRAINING,
  FEATURE_REGISTRY_HASH,
  loadModel,
  trainModel,
} from '../../src/app/train/index.js';
import { DEFAULT_EXPANSION, type Scorer } from '../../src/core/ranking/index.js';
import { SHARED_TEST_DATA_DIR, loadSharedCatalog } from './catalog.js';

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

let product: Promise<Scorer> | undefined;

/**
 * The product's default model (DEFAULT_TRAINING: 40,000 blended pairs, seed 42), trained once and
 * kept as an artifact in the shared test data folder, keyed by the feature registry, the training
 * settings and the expansion settings (its match calibration is fitted for them), so later test runs load it instead of training again.
 */
export function loadProductModel(ctx: RecommenderContext): Promise<Scorer> {
  product ??= (async () => {
    const key = createHash('sha256')
      .update(`${FEATURE_REGISTRY_HASH}:${JSON.stringify([DEFAULT_TRAINING, DEFAULT_EXPANSION])}`)
      .digest('hex')
      .slice(0, 12);
    const file = path.join(SHARED_TEST_DATA_DIR, `product-model-${key}.json`);
    try {
      return loadModel(`product-${key}`, JSON.parse(await readFile(file, 'utf8'))).scorer;
    } catch {
      const trained = trainModel(ctx, DEFAULT_TRAINING, '2000-01-01T00:00:00.000Z');
      await mkdir(SHARED_TEST_DATA_DIR, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(trained.artifact));
      await rename(tmp, file);
      return trained.scorer;
    }
  })();
  return product;
}
