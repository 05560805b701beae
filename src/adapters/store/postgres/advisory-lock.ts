import { sql, type Kysely } from 'kysely';
import type { NamedLock } from '../kysely/index.js';

/** How often a waiting instance asks again for a lock another instance holds. */
const DEFAULT_RETRY_MS = 250;

/**
 * A lock shared by every instance on the same PostgreSQL database and schema: a session-level
 * advisory lock on `hashtext('<schema>:<name>')`, held on one pooled connection for the whole
 * task. Waiters poll pg_try_advisory_lock (a blocking pg_advisory_lock would be cancelled by
 * statement_timeout during a long task). If the holder dies, PostgreSQL releases the lock with
 * its session, so a crash never leaves it held.
 */
export function createAdvisoryLock(
  db: Kysely<unknown>,
  schema: string,
  retryMs = DEFAULT_RETRY_MS,
): NamedLock {
  return <T>(name: string, task: () => Promise<T>): Promise<T> => {
    const key = `${schema}:${name}`;
    return db.connection().execute(async (connection) => {
      for (;;) {
        const { rows } = await sql<{
          locked: boolean;
        }>`select pg_try_advisory_lock(hashtext(${key})) as locked`.execute(connection);
        if (rows[0]?.locked === true) break;
        await new Promise((resolve) => setTimeout(resolve, retryMs));
      }
      try {
        return await task();
      } finally {
        // A broken connection already released the lock with its session.
        await sql`select pg_advisory_unlock(hashtext(${key}))`
          .execute(connection)
          .catch(() => undefined);
      }
    });
  };
}
