import type { ModelRegistry } from '../ports/index.js';
import type { RecommenderContext } from '../recommend/index.js';
import type { LoadedModel } from '../service/index.js';
import { loadActiveModel } from './load-model.js';
import { trainModel, type TrainOptions, type TrainedModel } from './train-model.js';

/** The product's default training run: 20,000 blended pairs, seed 42. */
export const DEFAULT_TRAINING: TrainOptions = Object.freeze({
  pairs: 20_000,
  seed: 42,
  recipe: 'blended',
});

/** Saves a trained model in the registry and makes it the active one. */
export async function saveAndActivate(
  registry: ModelRegistry,
  trained: TrainedModel,
  decidedAt: string,
  reason: string,
  decisionMetrics: unknown = trained.report,
): Promise<void> {
  await registry.saveModel({
    version: trained.version,
    artifact: trained.artifact,
    metrics: trained.report,
    createdAt: trained.artifact.createdAt,
  });
  await registry.activateModel(trained.version, { reason, metrics: decisionMetrics, decidedAt });
}

/**
 * Returns the active model, training and activating the default one first when the registry
 * has none (first start) or its active model no longer fits the code (features changed).
 */
export async function ensureActiveModel(
  registry: ModelRegistry,
  ctx: RecommenderContext,
  now: () => Date,
  log: (message: string) => void,
): Promise<LoadedModel> {
  try {
    const active = await loadActiveModel(registry);
    if (active) return active;
    log('no active model: training the default model (first start)');
  } catch (error) {
    log(`the active model cannot be used (${(error as Error).message}); training a new one`);
  }
  const trained = trainModel(ctx, DEFAULT_TRAINING, now().toISOString());
  await saveAndActivate(
    registry,
    trained,
    now().toISOString(),
    'default model trained at start-up',
  );
  log(
    `trained ${trained.version}: test accuracy ${(trained.report.testAccuracy * 100).toFixed(1)}%, ROC AUC ${trained.report.rocAuc.toFixed(3)}`,
  );
  return {
    scorer: trained.scorer,
    version: trained.version,
    metrics: trained.report,
    createdAt: trained.artifact.createdAt,
    dataRelease: `${ctx.catalog.source.onetRelease}; ${ctx.catalog.source.blsRelease}`,
  };
}
