import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { AppError } from '../../../errors.js';
import type { Store } from '../../../app/ports/index.js';
import { KyselyStore, migrateToLatest } from '../kysely/index.js';
import type { StoreDatabase } from '../kysely/index.js';
import { createAdvisoryLock } from './advisory-lock.js';
import { classifyPgError, isPgConnectionStale } from './classify-pg-error.js';
import { describeDatabaseUrl } from './describe-database-url.js';

/** Pool limits; the defaults suit one server instance next to a handful of others. */
export interface PgPoolLimits {
  /** Most connections this instance opens (default 10). */
  readonly max?: number;
  /** Give up connecting after this long, surfacing STORE_UNAVAILABLE (default 5000). */
  readonly connectionTimeoutMs?: number;
  /** Close connections idle for this long (default 30000). */
  readonly idleTimeoutMs?: number;
  /** Server-side cap on one statement (default 30000). */
  readonly statementTimeoutMs?: number;
}

/** Options of the shared PostgreSQL store. */
export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database; never echoed in messages. */
  readonly url: string;
  /** Schema holding the tables (created if missing; default `public`); lower-case identifier. */
  readonly schema?: string;
  /** Shown in pg_stat_activity (default `career-recommender`). */
  readonly applicationName?: string;
  readonly pool?: PgPoolLimits;
  /** Default interval of `onActiveModelChanged` polling. */
  readonly pollIntervalMs?: number;
  /** Receives background failures (idle connections dropped by the server, polling). */
  readonly onError?: (error: unknown) => void;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Connects a pg Pool to `url`, applies pending migrations in `schema` and returns the store.
 * Throws STORE_UNAVAILABLE (credentials masked) when the server cannot be reached. The pool
 * drops broken connections and opens new ones, so the store recovers when the server is back.
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const schema = options.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema)) {
    throw new AppError(
      'CONFIG_INVALID',
      `PostgreSQL schema "${schema}" must be a lower-case identifier ([a-z_][a-z0-9_]*).`,
    );
  }
  const hostDb = describeDatabaseUrl(options.url);
  const location = schema === 'public' ? hostDb : `${hostDb} (schema ${schema})`;
  const classifyError = classifyPgError(options.url, location);
  const limits = options.pool ?? {};
  const max = limits.max ?? 10;
  const pool = new pg.Pool({
    connectionString: options.url,
    max,
    connectionTimeoutMillis: limits.connectionTimeoutMs ?? 5000,
    idleTimeoutMillis: limits.idleTimeoutMs ?? 30_000,
    statement_timeout: limits.statementTimeoutMs ?? 30_000,
    application_name: options.applicationName ?? 'career-recommender',
    options: `-c search_path=${schema}`,
    keepAlive: true,
    allowExitOnIdle: true,
  });
  // pg emits 'error' on a client whose connection dies; without a listener that is an uncaught
  // exception. The pool listens while a client is idle (and then drops it); Kysely does not
  // listen while it holds one, so every client gets a permanent listener. The failing query
  // still rejects, and the pool discards the client when it is released.
  pool.on('error', (error) => options.onError?.(classifyError(error) ?? error));
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db as Kysely<unknown>, 'postgres', schema);
  } catch (error) {
    await db.destroy();
    throw classifyError(error) ?? error;
  }
  return new KyselyStore({
    kind: 'postgres',
    location,
    db,
    classifyError,
    isStaleConnection: isPgConnectionStale,
    readRetries: max,
    lock: createAdvisoryLock(db as Kysely<unknown>, schema),
    pollIntervalMs: options.pollIntervalMs,
    onError: options.onError,
  });
}
