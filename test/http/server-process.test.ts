import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_STORE_FILE } from '../../src/adapters/catalog/index.js';
import { TITLE_SEARCH_CACHE_FILE } from '../../src/main/title-search-cache.js';
import { loadTestCatalog, request } from './support/start-api.js';
import { SHARED_BLS_DIR, SHARED_ONET_DIR, SHARED_TEST_DATA_DIR } from '../support/catalog.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const ADMIN_TOKEN = 'process-admin-token-31415';
const DB_PASSWORD = 'process-db-password-27182';

/** A free loopback port (the server must be told one; it logs where it listens). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
  readonly dir: string;
}

/** Starts `src/main/server.ts` like `npm start`, with a DATA_DIR seeded with the compiled catalog. */
async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'careers-server-'));
  for (const file of [CATALOG_STORE_FILE, TITLE_SEARCH_CACHE_FILE]) {
    copyFileSync(path.join(SHARED_TEST_DATA_DIR, file), path.join(dir, file));
  }
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/server.ts'], {
    cwd: REPO,
    env: {
      PATH: process.env.PATH ?? '',
      ONET_DIR: SHARED_ONET_DIR,
      BLS_DIR: SHARED_BLS_DIR,
      DATA_DIR: dir,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { url: `http://127.0.0.1:${port}`, child, output: () => output, exited, dir };
}

async function stop(server: ServerProcess): Promise<number | null> {
  if (server.child.exitCode === null) server.child.kill('SIGTERM');
  const code = await server.exited;
  rmSync(server.dir, { recursive: true, force: true });
  return code;
}

describe('npm start (src/main/server.ts)', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    await loadTestCatalog();
    server = await startServer({ ADMIN_TOKEN });
  });
  afterAll(async () => {
    if (server) await stop(server);
  });

  it('answers /healthz, then loads the catalog and serves baseline recommendations', async () => {
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
    await expect
      .poll(() => request(server.url, 'GET', '/readyz').then((r) => r.body?.checks?.catalog?.ok), {
        timeout: 30_000,
        interval: 200,
      })
      .toBe(true);
    const ready = await request(server.url, 'GET', '/readyz');
    expect(ready.body.checks.store).toMatchObject({
      ok: true,
      detail: expect.stringMatching(/^sqlite at /),
    });
    const res = await request(server.url, 'POST', '/v1/recommendations', {
      body: {
        profile: { skills: ['Programming'], interests: ['I', 'C'] },
        model: 'baseline',
        limit: 3,
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.recommendations).toHaveLength(3);
  });

  it('keeps /readyz at 503 "model" while no trained model is active', async () => {
    const ready = await request(server.url, 'GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.checks.model.ok).toBe(false);
    const ml = await request(server.url, 'POST', '/v1/recommendations', {
      body: { profile: { skills: ['Programming'] } },
    });
    expect(ml.body.error.code).toBe('MODEL_MISSING');
  });

  it('shuts down on SIGTERM after closing the server and the store, exiting 0', async () => {
    const inFlight = request(server.url, 'POST', '/v1/recommendations', {
      body: { profile: { skills: ['Programming'] }, model: 'baseline', limit: 50, explain: true },
    });
    server.child.kill('SIGTERM');
    expect((await inFlight).status).toBe(200);
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/"msg":"stopped"/);
    expect(server.output()).not.toContain(ADMIN_TOKEN);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
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
