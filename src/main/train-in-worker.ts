import { Worker } from 'node:worker_threads';
import type { CatalogLocation } from '../adapters/catalog/index.js';
import type { TrainOptions } from '../app/train/index.js';
import type { TrainWorkerInput, TrainWorkerOutput } from './train-worker.js';

const RUNNING_TYPESCRIPT = import.meta.url.endsWith('.ts');
/** The worker's module next to this one (.ts under tsx, .js once compiled). */
const WORKER_URL = new URL(`./train-worker${RUNNING_TYPESCRIPT ? '.ts' : '.js'}`, import.meta.url)
  .href;
/**
 * The worker's entry script. Under tsx (npm start) a worker does not inherit the TypeScript
 * loader, so it registers it before importing the module.
 */
const WORKER_SOURCE = RUNNING_TYPESCRIPT
  ? `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); });`
  : `import(${JSON.stringify(WORKER_URL)});`;

/**
 * Trains a model in a worker thread (which loads the compiled catalog itself), so the server
 * keeps answering while it trains. Resolves to the artifact and report; rejects on failure.
 */
export function trainInWorker(
  location: CatalogLocation,
  options: TrainOptions,
  createdAt: string,
): Promise<TrainWorkerOutput> {
  const workerData: TrainWorkerInput = { location, options, createdAt };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    let result: TrainWorkerOutput | undefined;
    worker.once('message', (message: TrainWorkerOutput) => (result = message));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`the training worker stopped (exit code ${code}) without a model`));
    });
  });
}
