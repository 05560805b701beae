import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTestCatalog, request } from './support/start-api.js';
import {
  readyz,
  startServer,
  stopServer as stop,
  type ServerProcess,
} from '../support/server-process.js';

const ADMIN_TOKEN = 'process-admin-token-31415';
const DB_PASSWORD = 'process-db-password-27182';

describe('npm start (src/main/server.ts)', () => {
  let server: ServerProcess;
  let modelDetails: string[] = [];

  beforeAll(async () => {
    await loadTestCatalog();
    server = await startServer({ ADMIN_TOKEN });
  });
  afterAll(async () => {
    if (server) await stop(server);
  });

  it('answers /healthz at once, and keeps answering while it trains the first model', async () => {
    await expect
      .poll(
        () =>
          request(server.url, 'GET', '/healthz').then(
            (r) => r.status,
            () => 0,
          ),
        {
          timeout: 30_000,
          interval: 100,
        },
      )
      .toBe(200);
    const details = new Set<string>();
    await expect
      .poll(
        async () => {
          const r = await readyz(server);
          if (r?.body?.checks?.model) details.add(r.body.checks.model.detail);
          return r?.status;
        },
        { timeout: 180_000, interval: 100 },
      )
      .toBe(200);
    modelDetails = [...details];
    // /readyz was answered while the model was being trained: training does not block the loop.
    expect(modelDetails.some((d) => /preparing the model/.test(d))).toBe(true);
    expect(server.output()).toMatch(/"msg":"trained and activated the default model"/);
    // The training worker started before the server's modules loaded built the catalog once,
    // and the server read it rather than building it beside the training.
    expect(server.output()).toMatch(/"msg":"reading the catalog the training worker built"/);
  }, 240_000);

  it('serves "ml" recommendations with the model it trained and activated', async () => {
    const ready = await request(server.url, 'GET', '/readyz');
    expect(ready.body.checks.store).toMatchObject({
      ok: true,
      detail: expect.stringMatching(/^sqlite at /),
    });
    const model = await request(server.url, 'GET', '/v1/model');
    const res = await request(server.url, 'POST', '/v1/recommendations', {
      body: { profile: { skills: ['Programming'], interests: ['I', 'C'] }, limit: 3 },
    });
    expect(res.status).toBe(200);
    expect(res.body.model).toMatchObject({ kind: 'ml', version: model.body.active.version });
    expect(res.body.recommendations).toHaveLength(3);
  });

  it('retrains with the stored feedback on POST /v1/admin/retrain and serves the decision', async () => {
    for (const [code, rating] of [
      ['15-1252.00', 'up'],
      ['15-1211.00', 'up'],
      ['41-2031.00', 'down'],
    ] as const) {
      const res = await request(server.url, 'POST', '/v1/feedback', {
        body: { profile: { skills: ['Programming'], interests: ['I', 'C'] }, code, rating },
      });
      expect(res.status).toBe(201);
    }
    const before = (await request(server.url, 'GET', '/v1/model')).body.active.version;
    const denied = await request(server.url, 'POST', '/v1/admin/retrain');
    expect(denied.status).toBe(401);
    const res = await request(server.url, 'POST', '/v1/admin/retrain', {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ feedbackEvents: 3, version: expect.stringMatching(/^lr-/) });
    expect(typeof res.body.activated).toBe('boolean');
    const info = (await request(server.url, 'GET', '/v1/model')).body;
    expect(info.active.version).toBe(res.body.activated ? res.body.version : before);
    // The decision, its reason and the held-out numbers behind it are the newest in the history.
    expect(info.history[0]).toMatchObject({
      version: res.body.version,
      activated: res.body.activated,
      reason: expect.stringMatching(/^retrain: /),
    });
    expect(info.history[0].metrics.comparedWith).toBe(before);
    expect(info.history[0].metrics.checks).toHaveLength(2);
  }, 240_000);

  it('shuts down on SIGTERM after closing the server and the store, exiting 0', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/"msg":"shutting down: finishing in-flight requests"/);
    expect(server.output()).toMatch(/"msg":"stopped"/);
    expect(server.output()).not.toContain(ADMIN_TOKEN);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('on the next start loads the active model from the registry instead of training', async () => {
    const version = [
      ...server
        .output()
        .matchAll(/"version":"(lr-[^"]+)","msg":"(?:model active|retrained model active)"/g),
    ].at(-1)?.[1];
    expect(version).toBeTruthy();
    const again = await startServer({}, server.dir);
    try {
      await expect
        .poll(() => readyz(again).then((r) => r?.status), { timeout: 60_000, interval: 100 })
        .toBe(200);
      expect((await request(again.url, 'GET', '/v1/model')).body.active.version).toBe(version);
      expect(again.output()).not.toMatch(/trained and activated/);
      expect(again.output()).not.toMatch(/the training worker built/);
    } finally {
      await stop(again, false);
    }
  }, 120_000);
});

describe('npm start with an unreachable DATABASE_URL', () => {
  it('stays up, reports the store in /readyz, serves baseline recommendations and never logs the password', async () => {
    const server = await startServer({
      DATABASE_URL: `postgres://careers:${DB_PASSWORD}@127.0.0.1:1/careers`,
    });
    try {
      await expect
        .poll(
          () =>
            request(server.url, 'GET', '/readyz').then(
              (r) => r.body?.checks?.catalog?.ok,
              () => false,
            ),
          { timeout: 30_000, interval: 200 },
        )
        .toBe(true);
      const ready = await request(server.url, 'GET', '/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body.checks.store.ok).toBe(false);
      expect(ready.body.reasons.join(' ')).toMatch(/store/);
      const res = await request(server.url, 'POST', '/v1/recommendations', {
        body: { profile: { skills: ['Programming'] }, model: 'baseline', limit: 1 },
      });
      expect(res.status).toBe(200);
      const feedback = await request(server.url, 'POST', '/v1/feedback', {
        body: { profile: { skills: ['Programming'] }, code: '15-1252.00', rating: 'up' },
      });
      expect(feedback.status).toBe(503);
      expect(feedback.body.error.code).toBe('STORE_UNAVAILABLE');
      expect(JSON.stringify(ready.body)).not.toContain(DB_PASSWORD);
    } finally {
      expect(await stop(server)).toBe(0);
      expect(server.output()).not.toContain(DB_PASSWORD);
      expect(server.output()).toMatch(/cannot open the store/);
    }
  });
});
