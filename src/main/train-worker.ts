// Worker thread: trains one model off the server's event loop (a training run takes seconds of
// CPU, during which /healthz and every request would otherwise wait).
import { parentPort, workerData } from 'node:worker_threads';
import { loadCatalog, type CatalogLocation } from '../adapters/catalog/index.js';
import { createRecommenderContext } from '../app/recommend/index.js';
import { trainModel, type TrainOptions } from '../app/train/index.js';

/** What the server sends the worker. */
export interface TrainWorkerInput {
  readonly location: CatalogLocation;
  readonly options: TrainOptions;
  readonly createdAt: string;
}

/** What the worker sends back: everything plain data (the artifact is JSON). */
export interface TrainWorkerOutput {
  readonly version: string;
  readonly artifact: unknown;
  readonly report: unknown;
}

const input = workerData as TrainWorkerInput;
const ctx = createRecommenderContext(await loadCatalog(input.location));
const trained = trainModel(ctx, input.options, input.createdAt);
const output: TrainWorkerOutput = {
  version: trained.version,
  artifact: trained.artifact,
  report: trained.report,
};
parentPort!.postMessage(output);
