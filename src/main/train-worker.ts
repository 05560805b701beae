// Worker thread: runs a training job off the server's event loop (training takes seconds of CPU,
// during which /healthz and every request would otherwise wait). It opens its own catalog and
// store connection, runs the app's use case, and posts back plain data.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalog, type CatalogLocation } from '../adapters/catalog/index.js';
import { createStore, type StoreSettings } from '../adapters/store/index.js';
import { createRecommenderContext } from '../app/recommend/index.js';
import { ensureActiveModelOutcome, retrainWithFeedback } from '../app/train/index.js';

/** The training jobs a worker runs: the first-start default model, or the feedback loop. */
export type TrainJob = 'ensure' | 'retrain';

/** What the server sends the worker. */
export interface TrainWorkerInput {
  readonly job: TrainJob;
  readonly location: CatalogLocation;
  readonly store: Pick<StoreSettings, 'databaseUrl' | 'databaseSchema' | 'dataDir'>;
}

/** What the worker posts: progress lines, then the job's plain-data result. */
export type TrainWorkerMessage =
  | { readonly type: 'log'; readonly message: string }
  | { readonly type: 'done'; readonly result: Readonly<Record<string, unknown>> };

const input = workerData as TrainWorkerInput;
const post = (message: TrainWorkerMessage) => parentPort!.postMessage(message);
const now = () => new Date();
const ctx = createRecommenderContext(await loadCatalog(input.location));
const store = await createStore(input.store);
try {
  if (input.job === 'ensure') {
    const { model, trained } = await ensureActiveModelOutcome(store, ctx, now, (message) =>
      post({ type: 'log', message }),
    );
    post({ type: 'done', result: { version: model.version, trained } });
  } else {
    post({ type: 'done', result: { ...(await retrainWithFeedback(store, ctx, now)) } });
  }
} finally {
  await store.close();
}
