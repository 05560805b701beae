import { describe, expect, it } from 'vitest';
import { PG_TEST_URL } from '../support/pg-test-support.js';
import { request } from '../http/support/start-api.js';
import { createTestDatabase } from './support/pg-database.js';
import {
  removeDir,
  seedActiveModel,
  seededDataDir,
  startServer,
  stopServer,
  waitUntilReady,
} from '../support/server-process.js';
import { startTcpProxy } from './support/tcp-proxy.js';

const DB_PASSWORD = 'faults-db-password-16180';
const PROFILE = { skills: ['Programming'], interests: ['I', 'C'] };
const FEEDBACK = { profile: PROFILE, code: '15-1252.00', rating: 'up' };

describe('PostgreSQL goes away while the server runs, then comes back', () => {
  it('keeps recommending, answers feedback 503 STORE_UNAVAILABLE, says why in /readyz, and recovers by itself', async () => {
    const db = await createTestDatabase();
    const dir = seededDataDir();
    const pg = new URL(PG_TEST_URL);
    const proxy = await startTcpProxy({ host: pg.hostname, port: Number(pg.port || 5432) });
    const viaProxy = new URL(db.url);
    viaProxy.port = String(proxy.port);
    viaProxy.password = DB_PASSWORD; // trust auth ignores it; it must never be printed
    await seedActiveModel({ dataDir: dir, databaseUrl: db.url });
    const server = await startServer(
      {
        RATE_LIMIT_PER_MINUTE: '1000000',
        DATA_DIR: dir,
        DATABASE_URL: viaProxy.toString(),
      },
      null,
    );
    try {
      await waitUntilReady(server, 90_000);
      expect((await request(server.url, 'POST', '/v1/feedback', { body: FEEDBACK })).status).toBe(
        201,
      );

      await proxy.stop();
      const rec = await request(server.url, 'POST', '/v1/recommendations', {
        body: { profile: PROFILE, limit: 3 },
      });
      expect(rec.status).toBe(200);
      expect(rec.body.model.kind).toBe('ml');
      const down = await request(server.url, 'POST', '/v1/feedback', { body: FEEDBACK });
      expect(down.status).toBe(503);
      expect(down.body.error.code).toBe('STORE_UNAVAILABLE');
      expect(down.body.error.message).toMatch(
        /Cannot use PostgreSQL at 127\.0\.0\.1:\d+\/rel_\w+ .*reachable/,
      );
      const count = await request(server.url, 'GET', '/v1/feedback/count');
      expect(count.status).toBe(503);
      const ready = await request(server.url, 'GET', '/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body.checks.store.ok).toBe(false);
      expect(ready.body.reasons.join(' ')).toMatch(
        /store: .*(does not answer|Cannot use PostgreSQL)/,
      );
      expect(ready.body.checks.model.ok).toBe(true);

      await proxy.start();
      await expect
        .poll(
          () =>
            request(server.url, 'POST', '/v1/feedback', { body: FEEDBACK }).then((r) => r.status),
          {
            timeout: 30_000,
            interval: 250,
          },
        )
        .toBe(201);
      await waitUntilReady(server, 30_000);
      expect(
        (await request(server.url, 'GET', '/v1/feedback/count')).body.count,
      ).toBeGreaterThanOrEqual(2);

      for (const text of [JSON.stringify(down.body), JSON.stringify(ready.body), server.output()]) {
        expect(text).not.toContain(DB_PASSWORD);
      }
    } finally {
      expect(await stopServer(server)).toBe(0);
      await proxy.stop();
      await db.drop();
      removeDir(dir);
    }
  }, 120_000);
});
