import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../errors.js';
import type { Store } from '../../app/ports/index.js';
import { SQLITE_FILE_NAME } from '../../config/index.js';
import { createPostgresStore } from './postgres/index.js';
import { createSqliteStore } from './sqlite/index.js';

export { SQLITE_FILE_NAME };

/** The parts of Config (plus optional tuning) that choose and open the store. */
export interface StoreSettings {
  /** When set, the shared PostgreSQL store is used (several instances may share it). */
  readonly databaseUrl?: string;
  /** PostgreSQL schema for the tables (default `public`); ignored for SQLite. */
  readonly databaseSchema?: string;
  /** Otherwise the embedded SQLite store lives at `<dataDir>/careers.sqlite`. */
  readonly dataDir: string;
  readonly pollIntervalMs?: number;
  readonly onError?: (error: unknown) => void;
}

/** Opens PostgreSQL when `databaseUrl` is set, else SQLite under `dataDir`; migrations applied. */
export async function createStore(settings: StoreSettings): Promise<Store> {
  const common = { pollIntervalMs: settings.pollIntervalMs, onError: settings.onError };
  if (settings.databaseUrl !== undefined && settings.databaseUrl !== '') {
    return createPostgresStore({
      url: settings.databaseUrl,
      schema: settings.databaseSchema,
      ...common,
    });
  }
  try {
    mkdirSync(settings.dataDir, { recursive: true });
  } catch (error) {
    throw new AppError(
      'STORE_UNAVAILABLE',
      `Cannot create the data directory ${settings.dataDir} (${(error as Error).message}); set DATA_DIR to a writable folder.`,
    );
  }
  return createSqliteStore({ file: path.join(settings.dataDir, SQLITE_FILE_NAME), ...common });
}
