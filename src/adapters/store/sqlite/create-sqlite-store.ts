import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { AppError } from '../../../errors.js';
import type { Store } from '../../../app/ports/index.js';
import { createProcessLock, KyselyStore, migrateToLatest } from '../kysely/index.js';
import type { StoreDatabase } from '../kysely/index.js';

/** Options of the embedded SQLite store. */
export interface SqliteStoreOptions {
  /** Path of the database file; its folder must exist. */
  readonly file: string;
  /** How long a writer waits for another process's lock before STORE_UNAVAILABLE (default 5000). */
  readonly busyTimeoutMs?: number;
  /** Default interval of `onActiveModelChanged` polling. */
  readonly pollIntervalMs?: number;
  /** Receives background failures (polling). */
  readonly onError?: (error: unknown) => void;
}

/**
 * SQLite failures that mean "the store cannot be used right now" (locked, unreadable, disk
 * full, not a database), as opposed to bugs or constraint violations.
 */
const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|CANTOPEN|READONLY|IOERR|FULL|NOTADB|CORRUPT|PERM|AUTH)/;

function classify(file: string) {
  return (error: unknown): AppError | undefined => {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code !== 'string' || !UNAVAILABLE.test(code)) return undefined;
    return new AppError(
      'STORE_UNAVAILABLE',
      `The SQLite store ${file} cannot be used (${code}: ${(error as Error).message}). ` +
        'Check that the data directory is writable, the disk has space and no other program holds the file.',
      { code },
    );
  };
}

/** Opens a better-sqlite3 connection with the store's durability and locking pragmas. */
export function openSqliteDatabase(file: string, busyTimeoutMs: number): Database.Database {
  const db = new Database(file, { timeout: busyTimeoutMs });
  try {
    db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL fsyncs only at checkpoints, but every commit is written to the WAL
    // file before it returns, i.e. into the OS page cache: a killed process loses nothing;
    // only a power loss / kernel crash may roll back the last commits (never corrupts).
    db.pragma('synchronous = NORMAL');
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Opens (creating if needed) the SQLite store at `file` and applies pending migrations. */
export async function createSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const classifyError = classify(options.file);
  let database: Database.Database;
  try {
    database = openSqliteDatabase(options.file, busyTimeoutMs);
  } catch (error) {
    throw (
      classifyError(error) ??
      new AppError(
        'STORE_UNAVAILABLE',
        `Cannot open the SQLite store ${options.file}: ${(error as Error).message}. Check DATA_DIR.`,
      )
    );
  }
  const db = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) });
  try {
    await migrateToLatest(db as Kysely<unknown>, 'sqlite');
  } catch (error) {
    await db.destroy();
    throw classifyError(error) ?? error;
  }
  return new KyselyStore({
    kind: 'sqlite',
    location: options.file,
    db,
    classifyError,
    isStaleConnection: () => false,
    readRetries: 0,
    // One process owns a SQLite file, so a lock within the process is enough.
    lock: createProcessLock(path.resolve(options.file)),
    pollIntervalMs: options.pollIntervalMs,
    onError: options.onError,
  });
}
