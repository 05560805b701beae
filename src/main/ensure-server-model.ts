import type { CatalogLocation } from '../adapters/catalog/index.js';
import type { StoreSettings } from '../adapters/store/index.js';
import { loadActiveModel, loadModel } from '../app/train/index.js';
import type { EnsureModel, ReloadModel, RunRetrain } from './create-server-runtime.js';
import { trainInWorker } from './train-in-worker.js';

/** Where the worker finds the catalog and the store (the server's own settings). */
export interface TrainingSettings {
  readonly location: CatalogLocation;
  readonly store: Pick<StoreSettings, 'databaseUrl' | 'databaseSchema' | 'dataDir'>;
}

/**
 * The server's model step: the registry's active model; on first start (or when the active
 * artifact no longer fits the code) the app's ensureActiveModel runs in a worker thread, which
 * trains, saves and activates the default model (or, when another instance holds the training
 * lock, waits for it), and the result is loaded from the registry.
 */
export function createEnsureServerModel(settings: TrainingSettings): EnsureModel {
  return async ({ store, log }) => {
    try {
      const active = await loadActiveModel(store);
      if (active) return { model: active, reason: '' };
    } catch (error) {
      log.warn({ err: error }, 'the active model cannot be used; training a new one');
    }
    const started = performance.now();
    // The worker trains under the registry lock: with several instances on one empty
    // PostgreSQL database, one trains and the others wait, then load what it activated.
    const done = await trainInWorker({ job: 'ensure', ...settings }, (message) =>
      log.info(message),
    );
    const model = await loadActiveModel(store);
    if (model) {
      log.info(
        { version: model.version, ms: Math.round(performance.now() - started) },
        done.trained === true
          ? 'trained and activated the default model'
          : 'loaded the default model another instance trained',
      );
    }
    return { model, reason: 'training finished without an active model' };
  };
}

/** The feedback loop (retrainWithFeedback) in a worker thread; resolves to its decision. */
export function createRunRetrain(settings: TrainingSettings): RunRetrain {
  return ({ log }) =>
    trainInWorker({ job: 'retrain', ...settings }, (message) =>
      log.info(message),
    ) as ReturnType<RunRetrain>;
}

/** Loads the version another instance (or a retrain) activated, from the registry. */
export const reloadServerModel: ReloadModel = async ({ store, version }) => {
  const stored = await store.getModel(version);
  return stored ? loadModel(stored.version, stored.artifact) : null;
};
