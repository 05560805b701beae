import type { CatalogLocation } from '../adapters/catalog/index.js';
import type { Store } from '../app/ports/index.js';
import { DEFAULT_TRAINING, loadActiveModel, loadModel } from '../app/train/index.js';
import type { EnsureModel, ReloadModel } from './create-server-runtime.js';
import { trainInWorker } from './train-in-worker.js';

/**
 * The server's model step: the registry's active model, or — on first start, or when the active
 * artifact no longer fits the code — the default model trained in a worker thread, saved,
 * activated and returned. Same policy as the app's ensureActiveModel, off the event loop.
 */
export function createEnsureServerModel(location: CatalogLocation, now: () => Date): EnsureModel {
  return async ({ store, log }) => {
    try {
      const active = await loadActiveModel(store);
      if (active) return { model: active, reason: '' };
      log.info('no active model: training the default model (first start)');
    } catch (error) {
      log.warn({ err: error }, 'the active model cannot be used; training a new one');
    }
    const started = performance.now();
    const trained = await trainInWorker(location, DEFAULT_TRAINING, now().toISOString());
    await saveAndActivateArtifact(store, trained, now().toISOString());
    const report = trained.report as { testAccuracy?: number; rocAuc?: number };
    log.info(
      {
        version: trained.version,
        ms: Math.round(performance.now() - started),
        testAccuracy: report.testAccuracy,
        rocAuc: report.rocAuc,
      },
      'trained and activated the default model',
    );
    return { model: loadModel(trained.version, trained.artifact), reason: '' };
  };
}

async function saveAndActivateArtifact(
  store: Store,
  trained: { version: string; artifact: unknown; report: unknown },
  at: string,
): Promise<void> {
  const createdAt = (trained.artifact as { createdAt?: string }).createdAt ?? at;
  await store.saveModel({
    version: trained.version,
    artifact: trained.artifact,
    metrics: trained.report,
    createdAt,
  });
  await store.activateModel(trained.version, {
    reason: 'default model trained at server start-up',
    metrics: trained.report,
    decidedAt: at,
  });
}

/** Loads the version another instance activated, from the shared registry. */
export const reloadServerModel: ReloadModel = async ({ store, version }) => {
  const stored = await store.getModel(version);
  return stored ? loadModel(stored.version, stored.artifact) : null;
};
