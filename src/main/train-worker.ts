// Worker thread: runs a training job off the server's event loop (training takes seconds of CPU,
// during which /healthz and every request would otherwise wait). It opens its own store
// connection and, when the job needs it, its own catalog, runs the app's use case, and posts
// back plain data.
import { parentPort, workerData } from 'node:worker_threads';
import { ensureActiveModelOutcome, retrainWithFeedback } from '../app/train/index.js';
import type { RecommenderContext } from '../app/recommend/index.js';
import type { Config } from '../config/index.js';
import { openContext } from './open-context.js';
import { openStore } from './open-store.js';

/**
 * What the server sends the worker: the default model if none is active (`ensure`), the same on
 * a first start with the catalog built first and announced, so the server reads it instead of
 * building it too (`first-start`), or the feedback loop (`retrain`).
 */
export interface TrainWorkerInput {
  readonly job: 'ensure' | 'first-start' | 'retrain';
  readonly config: Config;
  /** Retrain: the operator accepts a candidate within the stated tolerance. */
  readonly force?: boolean;
}

/**
 * What the worker posts: progress lines, `catalog` once the compiled catalog is in DATA_DIR
 * (first-start job), then the job's plain-data result.
 */
export type TrainWorkerMessage =
  | { readonly type: 'log'; readonly message: string }
  | { readonly type: 'catalog' }
  | { readonly type: 'done'; readonly result: Readonly<Record<string, unknown>> };

const input = workerData as TrainWorkerInput;
const post = (message: TrainWorkerMessage) => parentPort!.postMessage(message);
const now = () => new Date();
let builtFirst: RecommenderContext | null = null;
if (input.job === 'first-start') {
  builtFirst = await openContext(input.config);
  post({ type: 'catalog' });
}
const store = await openStore(input.config);
try {
  if (input.job !== 'retrain') {
    // Otherwise the catalog is built only when there is a model to train.
    const { model, trained } = await ensureActiveModelOutcome(
      store,
      async () => builtFirst ?? (await openContext(input.config)),
      now,
      (message) => post({ type: 'log', message }),
    );
    post({ type: 'done', result: { version: model.version, trained } });
  } else {
    const ctx = await openContext(input.config);
    const decision = await retrainWithFeedback(store, ctx, now, { force: input.force });
    post({ type: 'done', result: { ...decision } });
  }
} finally {
  await store.close();
}
