// Two `npm start` processes on different ports and data folders, sharing one PostgreSQL database
// (a fresh schema per run): feedback and the active model are shared through the store alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminQuery,
  ensurePostgres,
  PG_TEST_URL,
  randomSchema,
} from '../support/pg-test-support.js';
import { loadTestCatalog, request } from './support/start-api.js';
import {
  startServer,
  stopServer,
  waitUntilReady,
  type ServerProcess,
} from '../support/server-process.js';

const ADMIN_TOKEN = 'two-instances-admin-token-16180';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
/** Short, so the other instance follows a change quickly; the waits below allow far more. */
const POLL_MS = 200;
const PROFILE = { skills: ['Programming'], interests: ['I', 'C'] };

const activeVersion = (server: ServerProcess): Promise<string | undefined> =>
  request(server.url, 'GET', '/v1/model').then(
    (r) => r.body?.active?.version as string | undefined,
    () => undefined,
  );

describe('two server processes sharing one PostgreSQL database', () => {
  const schema = randomSchema();
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;
  let first = '';

  beforeAll(async () => {
    await ensurePostgres();
    await loadTestCatalog(); // the compiled catalog and title index both processes start from
    const env = {
      DATABASE_URL: PG_TEST_URL,
      DATABASE_SCHEMA: schema,
      ADMIN_TOKEN,
      MODEL_POLL_INTERVAL_MS: String(POLL_MS),
    };
    // Both start at the same time on the empty schema: one takes the training lock, trains and
    // activates the default model; the other waits for the lock, then loads that model.
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
    await Promise.all([waitUntilReady(a, 240_000), waitUntilReady(b, 240_000)]);
  }, 300_000);

  afterAll(async () => {
    await Promise.all([a, b].map((s) => (s ? stopServer(s) : undefined)));
    await adminQuery(`drop schema if exists ${schema} cascade`);
  }, 30_000);

  it('uses the shared schema, and of two instances started together only one trains the model both serve', async () => {
    for (const server of [a!, b!]) {
      const ready = await request(server.url, 'GET', '/readyz');
      expect(ready.body.checks.store.detail).toMatch(
        new RegExp(`^postgres at .*\\(schema ${schema}\\)$`),
      );
    }
    first = (await activeVersion(a!))!;
    expect(first).toMatch(/^lr-/);
    expect(await activeVersion(b!)).toBe(first);
    const trained = [a!, b!].filter((s) =>
      /trained and activated the default model/.test(s.output()),
    );
    const loaded = [a!, b!].filter((s) =>
      /"msg":"loaded the default model another instance trained"/.test(s.output()),
    );
    expect(trained, 'instances that trained the default model').toHaveLength(1);
    expect(loaded, 'instances that waited for the training lock and loaded it').toHaveLength(1);
    // Without the lock both train the same version and the second save fails ("already exists").
    expect(a!.output() + b!.output()).not.toMatch(/already exists/);
    expect(loaded[0]!.output()).toMatch(/another instance trained lr-\S+ meanwhile: using it/);
    const models = await adminQuery(`select count(*)::int as n from ${schema}.models`);
    expect(models.rows[0].n).toBe(1);
    const decisions = await adminQuery(`select count(*)::int as n from ${schema}.model_decisions`);
    expect(decisions.rows[0].n).toBe(1);
  });

  it('counts on one instance the feedback sent to the other', async () => {
    expect((await request(b!.url, 'GET', '/v1/feedback/count')).body.count).toBe(0);
    for (const [code, rating] of [
      ['15-1252.00', 'up'],
      ['15-1211.00', 'up'],
      ['41-2031.00', 'down'],
    ] as const) {
      const sent = await request(a!.url, 'POST', '/v1/feedback', {
        body: { profile: PROFILE, code, rating },
      });
      expect(sent.status).toBe(201);
    }
    expect((await request(b!.url, 'GET', '/v1/feedback/count')).body).toEqual({
      code: null,
      count: 3,
    });
    const oneCode = await request(b!.url, 'GET', '/v1/feedback/count?code=15-1252.00');
    expect(oneCode.body).toEqual({ code: '15-1252.00', count: 1 });
  });

  it('serves on the other instance, within seconds, the model a retrain on one activated', async () => {
    const retrain = await request(a!.url, 'POST', '/v1/admin/retrain', { headers: admin });
    expect(retrain.status).toBe(200);
    expect(retrain.body).toMatchObject({
      feedbackEvents: 3,
      version: expect.stringMatching(/^lr-/),
    });
    const candidate = retrain.body.version as string;
    expect(candidate).not.toBe(first);
    if (retrain.body.activated === true) {
      expect(await activeVersion(a!)).toBe(candidate);
    } else {
      // The held-out check kept the current model: the admin activates the candidate instead.
      expect(await activeVersion(a!)).toBe(first);
      const activated = await request(
        a!.url,
        'POST',
        `/v1/admin/models/${encodeURIComponent(candidate)}/activate`,
        { headers: admin },
      );
      expect(activated.status).toBe(200);
      expect(activated.body).toEqual({ version: candidate, previous: first });
    }
    await expect.poll(() => activeVersion(b!), { timeout: 30_000, interval: 100 }).toBe(candidate);
    // The log line may reach the pipe a moment after the answer that shows the new version.
    await expect
      .poll(() => b!.output(), { timeout: 5000, interval: 50 })
      .toMatch(/"msg":"switched to the model another instance activated"/);
    const res = await request(b!.url, 'POST', '/v1/recommendations', {
      body: { profile: PROFILE, limit: 3 },
    });
    expect(res.status).toBe(200);
    expect(res.body.model).toMatchObject({ kind: 'ml', version: candidate });
    expect(res.body.recommendations).toHaveLength(3);
  }, 180_000);

  it('rolls back through the other instance: an activation on B is served by A', async () => {
    const current = (await activeVersion(b!))!;
    expect(current).not.toBe(first);
    const path = `/v1/admin/models/${encodeURIComponent(first)}/activate`;
    expect((await request(b!.url, 'POST', path)).status).toBe(401);
    const unknown = await request(b!.url, 'POST', '/v1/admin/models/lr-unknown/activate', {
      headers: admin,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');

    const rolledBack = await request(b!.url, 'POST', path, { headers: admin });
    expect(rolledBack.status).toBe(200);
    expect(rolledBack.body).toEqual({ version: first, previous: current });
    expect(await activeVersion(b!)).toBe(first);
    await expect.poll(() => activeVersion(a!), { timeout: 30_000, interval: 100 }).toBe(first);
    const res = await request(a!.url, 'POST', '/v1/recommendations', {
      body: { profile: PROFILE, limit: 1 },
    });
    expect(res.body.model).toMatchObject({ kind: 'ml', version: first });
  }, 60_000);
});
