import { Worker } from 'node:worker_threads';
import type { TrainWorkerInput, TrainWorkerMessage } from './train-worker.js';

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
 * Runs a training job in a worker thread (which opens the compiled catalog and the store itself),
 * so the server keeps answering while it trains. Resolves to the job's result; rejects when the
 * worker fails or ends without one. `onCatalog` hears a first-start job's catalog announcement.
 */
export function trainInWorker(
  input: TrainWorkerInput,
  onLog: (message: string) => void,
  onCatalog: () => void = () => undefined,
): Promise<Readonly<Record<string, unknown>>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: input });
    let result: Readonly<Record<string, unknown>> | undefined;
    worker.on('message', (message: TrainWorkerMessage) => {
      if (message.type === 'log') onLog(message.message);
      else if (message.type === 'catalog') onCatalog();
      else result = message.result;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`the training worker stopped (exit code ${code}) without a result`));
    });
  });
}
