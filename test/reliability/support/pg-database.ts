// A throwaway PostgreSQL database per test: the server always uses the `public` schema of the
// database in DATABASE_URL, so isolation needs a database of its own.
import { randomBytes } from 'node:crypto';
import { adminQuery, ensurePostgres, PG_TEST_URL } from '../../support/pg-test-support.js';

/** A fresh database and its URL; `drop()` removes it (terminating leftover connections). */
export async function createTestDatabase(): Promise<{
  url: string;
  name: string;
  drop(): Promise<void>;
}> {
  await ensurePostgres();
  const name = `rel_${randomBytes(5).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(PG_TEST_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}
