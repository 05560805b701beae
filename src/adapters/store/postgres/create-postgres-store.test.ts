import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import type { Store } from '../../../app/ports/index.js';
import { describeStoreContract } from '../../../../test/support/store-contract/contract.js';
import { feedback } from '../../../../test/support/store-contract/contract-feedback.js';
import { migrationNames } from '../kysely/index.js';
import { createPostgresStore, describeDatabaseUrl } from './index.js';
import {
  adminQuery,
  ensurePostgres,
  createPgFixture,
  PG_TEST_URL,
  randomSchema,
} from '../../../../test/support/pg-test-support.js';

describeStoreContract('postgres', createPgFixture);

describe('createPostgresStore', () => {
  it('reports STORE_UNAVAILABLE without the password when nothing listens', async () => {
    const url = 'postgres://careers:s3cr3t-pw@127.0.0.1:1/careers';
    const failure = createPostgresStore({ url, pool: { connectionTimeoutMs: 2000 } });
    await expect(failure).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    const error = (await failure.catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('127.0.0.1:1/careers');
    expect(error.message).not.toContain('s3cr3t-pw');
    expect(error.message).not.toContain('careers:');
    expect(JSON.stringify(error)).not.toContain('s3cr3t-pw');
  });

  it('rejects an unparsable DATABASE_URL without echoing it', async () => {
    await expect(createPostgresStore({ url: 'not a url with s3cr3t' })).rejects.toSatisfy(
      (e: Error & { code?: string }) =>
        e.code === 'CONFIG_INVALID' && !e.message.includes('s3cr3t'),
    );
  });

  it('rejects a schema name that is not a plain identifier', async () => {
    await expect(
      createPostgresStore({ url: PG_TEST_URL, schema: 'x; drop table feedback' }),
    ).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });

  it('describes the location as host:port/database only', () => {
    expect(describeDatabaseUrl('postgresql://u:p@db.example:6543/careers?sslmode=require')).toBe(
      'db.example:6543/careers',
    );
    expect(describeDatabaseUrl('postgres://u@localhost/careers')).toBe('localhost:5432/careers');
  });

  /** Opens a store in a fresh schema, runs `body`, then closes it and drops the schema. */
  async function withStore(
    body: (store: Store, schema: string, errors: unknown[]) => Promise<void>,
  ): Promise<void> {
    await ensurePostgres();
    const schema = randomSchema();
    const errors: unknown[] = [];
    const store = await createPostgresStore({
      url: PG_TEST_URL,
      schema,
      applicationName: schema,
      onError: (e) => errors.push(e),
    });
    try {
      await body(store, schema, errors);
    } finally {
      await store.close();
      await adminQuery(`drop schema if exists ${schema} cascade`);
    }
  }

  /** Kills every server backend of one store (its application_name is the schema). */
  async function terminateBackends(schema: string): Promise<number> {
    const killed = await adminQuery(
      'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
      [schema],
    );
    return killed.rowCount ?? 0;
  }

  /** Makes the pool hold several idle connections. */
  async function warmUp(store: Store): Promise<void> {
    await Promise.all(Array.from({ length: 4 }, () => store.listFeedback({ limit: 1 })));
  }

  it('answers reads issued right after the server killed all its connections', async () => {
    await withStore(async (store, schema) => {
      const admin = new pg.Client({ connectionString: PG_TEST_URL });
      await admin.connect();
      try {
        for (let round = 0; round < 5; round += 1) {
          await warmUp(store);
          const killed = await admin.query(
            'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
            [schema],
          );
          expect(killed.rowCount).toBeGreaterThan(0);
          // Issued in the same tick as the kill's reply, before the pool can notice the deaths.
          expect(await store.countFeedback()).toBe(0);
        }
      } finally {
        await admin.end();
      }
    });
  });

  it('drops killed idle connections, reports them, and writes again on fresh ones', async () => {
    await withStore(async (store, schema, errors) => {
      await warmUp(store);
      const killed = await terminateBackends(schema);
      expect(killed).toBeGreaterThan(0);
      await vi.waitFor(() => expect(errors).toHaveLength(killed));
      expect(errors[0]).toMatchObject({ code: 'STORE_UNAVAILABLE' });
      await store.recordFeedback(feedback());
      expect(await store.countFeedback()).toBe(1);
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });

  it('keeps its tables and migration log inside its own schema, migrating once', async () => {
    await withStore(async (_store, schema) => {
      await (await createPostgresStore({ url: PG_TEST_URL, schema })).close();
      const tables = await adminQuery(
        'select table_name from information_schema.tables where table_schema = $1 order by 1',
        [schema],
      );
      expect(tables.rows.map((r: { table_name: string }) => r.table_name)).toEqual([
        'active_model',
        'feedback',
        'kysely_migration',
        'kysely_migration_lock',
        'model_decisions',
        'models',
      ]);
      const applied = await adminQuery(`select name from ${schema}.kysely_migration order by name`);
      expect(applied.rows.map((r: { name: string }) => r.name)).toEqual(migrationNames('postgres'));
    });
  });
});
