// Worker thread: runs a training job off the server's event loop (training takes seconds of CPU,
// during which /healthz and every request would otherwise wait). It opens its own catalog and
// store connection, runs the app's use case, and posts back plain data.
import { parentPort, workerData } from 'node:worker_threads';
import { ensureActiveModelOutcome, retrainWithFeedback } from '../app/train/index.js';
import type { Config } from '../config/index.js';
import { openContextAndStore } from './wiring.js';

/** What the server sends the worker: the first-start default model or the feedback loop. */
export interface TrainWorkerInput {
  readonly job: 'ensure' | 'retrain';
  readonly config: Config;
  /** Retrain: the operator accepts a candidate within the stated tolerance. */
  readonly force?: boolean;
}

/** What the worker posts: progress lines, then the job's plain-data result. */
export type TrainWorkerMessage =
  | { readonly type: 'log'; readonly message: string }
  | { readonly type: 'done'; readonly result: Readonly<Record<string, unknown>> };

const input = workerData as TrainWorkerInput;
const post = (message: TrainWorkerMessage) => parentPort!.postMessage(message);
const now = () => new Date();
const { ctx, store } = await openContextAndStore(input.config);
try {
  if (input.job === 'ensure') {
    const { model, trained } = await ensureActiveModelOutcome(store, ctx, now, (message) =>
      post({ type: 'log', message }),
    );
    post({ type: 'done', result: { version: model.version, trained } });
  } else {
    const decision = await retrainWithFeedback(store, ctx, now, { force: input.force });
    post({ type: 'done', result: { ...decision } });
  }
} finally {
  await store.close();
}
