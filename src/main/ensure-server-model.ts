import type { Logger } from 'pino';
import type { Store } from '../app/ports/index.js';
import type { LoadedModel } from '../app/service/index.js';
import { loadActiveModel } from '../app/train/index.js';
import type { Config } from '../config/index.js';
import type { EarlyModelStep } from './early-model-step.js';
import { trainInWorker } from './train-in-worker.js';

/**
 * The server's model step: the registry's active model; on first start (or when the active
 * artifact no longer fits the code) the app's ensureActiveModel runs in a worker thread, which
 * trains, saves and activates the default model (or, when another instance holds the training
 * lock, waits for it), and the result is loaded from the registry. A worker the entry started
 * early (`early`) is waited for instead of starting another; if it failed, a new one runs.
 */
export async function ensureServerModel(
  config: Config,
  store: Store,
  log: Logger,
  early: EarlyModelStep | null = null,
): Promise<LoadedModel | null> {
  try {
    const active = await loadActiveModel(store);
    if (active) return active;
  } catch (error) {
    log.warn({ err: error }, 'the active model cannot be used; training a new one');
  }
  const started = performance.now();
  // The worker trains under the registry lock: with several instances on one empty
  // PostgreSQL database, one trains and the others wait, then load what it activated.
  const train = () => trainInWorker({ job: 'ensure', config }, (message) => log.info(message));
  const done = early
    ? await early.result.catch((error: unknown) => {
        log.warn({ err: error }, 'the training worker started early failed; training again');
        return train();
      })
    : await train();
  const model = await loadActiveModel(store);
  if (model) {
    log.info(
      { version: model.version, ms: Math.round(performance.now() - started) },
      done.trained === true
        ? 'trained and activated the default model'
        : 'loaded the default model another instance trained',
    );
  }
  return model;
}

/** The feedback loop (retrainWithFeedback) in a worker thread; resolves to its decision. */
export function runRetrainInWorker(
  config: Config,
  log: Logger,
  force = false,
): Promise<Readonly<Record<string, unknown>>> {
  return trainInWorker({ job: 'retrain', config, force }, (message) => log.info(message));
}
