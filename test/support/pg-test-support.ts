// Test support for the PostgreSQL store: a fresh schema per test, and a loud failure when the
// server is down (CI starts it; a silent skip would hide breakage).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { StoreFixture } from './store-contract/contract.js';
import { createPostgresStore } from '../../src/adapters/store/postgres/create-postgres-store.js';
import { describeDatabaseUrl } from '../../src/adapters/store/postgres/describe-database-url.js';

/** The server the PostgreSQL tests use: env PG_TEST_URL or the local trust-auth default. */
export const PG_TEST_URL = process.env['PG_TEST_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Runs one statement on a short-lived client (schema setup and teardown). */
export async function adminQuery(text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: PG_TEST_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

let reachable: Promise<void> | undefined;

/**
 * Throws a clear error when the test server cannot be reached. Called inside each test (not in
 * beforeAll, which would mark the tests skipped): every PostgreSQL test then counts as failed.
 */
export function ensurePostgres(): Promise<void> {
  reachable ??= checkReachable();
  return reachable;
}

async function checkReachable(): Promise<void> {
  try {
    await adminQuery('select 1');
  } catch (error) {
    throw new Error(
      `PostgreSQL tests need a server at ${describeDatabaseUrl(PG_TEST_URL)} ` +
        `(${(error as Error).message}). Start it (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) ` +
        'or set PG_TEST_URL.',
      { cause: error },
    );
  }
}

/** A unique lower-case schema name such as `t_1a2b3c4d5e6f`. */
export function randomSchema(): string {
  return `t_${randomBytes(6).toString('hex')}`;
}

/** A fixture that opens stores in a fresh schema and drops it afterwards. */
export async function createPgFixture(): Promise<StoreFixture> {
  await ensurePostgres();
  const schema = randomSchema();
  return {
    open: () => createPostgresStore({ url: PG_TEST_URL, schema, applicationName: schema }),
    dispose: async () => {
      await adminQuery(`drop schema if exists ${schema} cascade`);
    },
  };
}
