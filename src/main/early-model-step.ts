import { existsSync } from 'node:fs';
import path from 'node:path';
import { SQLITE_FILE_NAME, type Config } from '../config/index.js';
import { trainInWorker } from './train-in-worker.js';

/** A first start's training worker, started before the server's own modules have loaded. */
export interface EarlyModelStep {
  /** The worker's result (as trainInWorker's); rejects when the worker fails. */
  readonly result: Promise<Readonly<Record<string, unknown>>>;
  /**
   * True once the worker has built the catalog and saved it compiled in DATA_DIR, so the server
   * reads it rather than building it on the other core at the same time (two builds side by
   * side slowed the worker's training by a second or more); false if the worker ended first.
   */
  readonly catalogBuilt: Promise<boolean>;
  /** Sends the worker's progress lines to `log`, those already received first. */
  attach(log: (message: string) => void): void;
}

/** Longest the entry looks at the store before giving up and letting the server start. */
const LOOK_MS = 1500;

/**
 * True when the embedded store has no file yet (a first start for certain, told without loading
 * the store adapter), or when the store opens within {@link LOOK_MS} (an unreachable PostgreSQL
 * must not hold up /healthz) and has no active model; false otherwise. A store opened here is
 * closed again either way.
 */
async function hasNoActiveModel(config: Config): Promise<boolean> {
  if (config.databaseUrl === undefined && !existsSync(path.join(config.dataDir, SQLITE_FILE_NAME)))
    return true;
  const { openStore } = await import('./open-store.js');
  const look = openStore(config).then(async (store) => {
    try {
      return (await store.getActiveVersion()) === null;
    } finally {
      await store.close();
    }
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(resolve, LOOK_MS, false)));
  try {
    return await Promise.race([look.catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * On a first start (the store has no active model) starts the training worker at once: training
 * is the longest step of a first start, and it no longer waits the second or more the server
 * takes to load its modules and open the store. Null when a model is active, the data has yet to
 * be downloaded or the store cannot be opened now (within 1.5 s): the server's model step then
 * goes on as usual (and reports the store's problem). The worker opens its own connection after
 * building the catalog, seconds after the server has opened (and migrated) the store; should the
 * two still meet and the worker fail, the server's model step starts another worker.
 */
export async function startEarlyModelStep(config: Config): Promise<EarlyModelStep | null> {
  if (!existsSync(config.onetDir) || !existsSync(config.blsDir)) return null;
  if (!(await hasNoActiveModel(config))) return null;
  const received: string[] = [];
  let sink: ((message: string) => void) | null = null;
  let announced!: (built: boolean) => void;
  const catalogBuilt = new Promise<boolean>((resolve) => (announced = resolve));
  const result = trainInWorker(
    { job: 'first-start', config },
    (message) => (sink ? sink(message) : received.push(message)),
    () => announced(true),
  );
  // Whoever waits for the result handles its failure; an unread failure must not end the process.
  result.then(
    () => announced(false),
    () => announced(false),
  );
  return {
    result,
    catalogBuilt,
    attach: (log) => {
      sink = log;
      for (const message of received.splice(0)) log(message);
    },
  };
}
