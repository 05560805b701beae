import { createStore } from '../adapters/store/index.js';
import type { Store } from '../app/ports/index.js';
import type { Config } from '../config/index.js';

/** Opens the feedback store and model registry the config names (SQLite or PostgreSQL). */
export function openStore(config: Config, onError?: (error: unknown) => void): Promise<Store> {
  return createStore({
    databaseUrl: config.databaseUrl,
    databaseSchema: config.databaseSchema,
    dataDir: config.dataDir,
    pollIntervalMs: config.modelPollIntervalMs,
    onError,
  });
}
