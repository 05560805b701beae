import type { ModelRegistry } from '../ports/index.js';
import type { RecommenderContext } from '../recommend/index.js';
import type { LoadedModel } from '../service/index.js';
import { loadActiveModel } from './load-model.js';
import { trainModel, type TrainOptions, type TrainedModel } from './train-model.js';

/**
 * The product's default training run: 40,000 blended pairs, seed 42 (twice the pairs of before:
 * full-profile NDCG@10 0.498 → 0.501 on the benchmark, docs/EVALUATION.md).
 */
export const DEFAULT_TRAINING: TrainOptions = Object.freeze({
  pairs: 40_000,
  seed: 42,
  recipe: 'blended',
});

/** Saves a trained model in the registry (not active). */
export async function saveTrained(registry: ModelRegistry, trained: TrainedModel): Promise<void> {
  await registry.saveModel({
    version: trained.version,
    artifact: trained.artifact,
    metrics: trained.report,
    createdAt: trained.artifact.createdAt,
  });
}

/** Saves a trained model in the registry and makes it the active one. */
export async function saveAndActivate(
  registry: ModelRegistry,
  trained: TrainedModel,
  decidedAt: string,
  reason: string,
  decisionMetrics: unknown = trained.report,
): Promise<void> {
  await saveTrained(registry, trained);
  await registry.activateModel(trained.version, { reason, metrics: decisionMetrics, decidedAt });
}

/** The registry lock held while the default model is trained (see ensureActiveModel). */
export const DEFAULT_MODEL_LOCK = 'train-default-model';

/**
 * Returns the active model, training and activating the default one first when the registry
 * has none (first start) or its active model no longer fits the code (features changed).
 * Training happens under the registry lock, and the active model is checked again once the lock
 * is held: of several instances starting together on an empty database, one trains and the
 * others wait, then load the model it activated.
 */
export async function ensureActiveModel(
  registry: ModelRegistry,
  ctx: RecommenderContext,
  now: () => Date,
  log: (message: string) => void,
): Promise<LoadedModel> {
  return (await ensureActiveModelOutcome(registry, async () => ctx, now, log)).model;
}

/**
 * ensureActiveModel, also saying whether this call trained the model (false: it was there). The
 * context is asked for only when training is needed, so a caller that still has to build it
 * (the server's training worker) skips that when a model is already active.
 */
export async function ensureActiveModelOutcome(
  registry: ModelRegistry,
  loadContext: () => Promise<RecommenderContext>,
  now: () => Date,
  log: (message: string) => void,
): Promise<{ readonly model: LoadedModel; readonly trained: boolean }> {
  const ready = await usableActiveModel(registry, log);
  if (ready) return { model: ready, trained: false };
  return registry.withLock(DEFAULT_MODEL_LOCK, async () => {
    const trainedMeanwhile = await usableActiveModel(registry, () => undefined);
    if (trainedMeanwhile) {
      log(`another instance trained ${trainedMeanwhile.version} meanwhile: using it`);
      return { model: trainedMeanwhile, trained: false };
    }
    const ctx = await loadContext();
    return { model: await trainDefaultModel(registry, ctx, now, log), trained: true };
  });
}

/** The active model, or null (logged) when there is none or it cannot be used. */
async function usableActiveModel(
  registry: ModelRegistry,
  log: (message: string) => void,
): Promise<LoadedModel | null> {
  try {
    const active = await loadActiveModel(registry);
    if (active) return active;
    log('no active model: training the default model (first start)');
  } catch (error) {
    log(`the active model cannot be used (${(error as Error).message}); training a new one`);
  }
  return null;
}

async function trainDefaultModel(
  registry: ModelRegistry,
  ctx: RecommenderContext,
  now: () => Date,
  log: (message: string) => void,
): Promise<LoadedModel> {
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
