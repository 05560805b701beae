// Starts `src/main/server.ts` as a real child process (like `npm start`) for crash and fault
// tests, with a data folder or PostgreSQL database whose registry already holds an active model,
// so the server is ready in seconds instead of training its default model first.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { CATALOG_STORE_FILE } from '../../../src/adapters/catalog/index.js';
import { createStore } from '../../../src/adapters/store/index.js';
import { trainModel } from '../../../src/app/train/index.js';
import { TITLE_SEARCH_CACHE_FILE } from '../../../src/main/title-search-cache.js';
import { SHARED_BLS_DIR, SHARED_ONET_DIR, SHARED_TEST_DATA_DIR } from '../../support/catalog.js';
import { loadTestCatalog, request, TEST_NOW } from '../../http/support/start-api.js';

const REPO = path.resolve(import.meta.dirname, '../../..');

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A running server process. */
export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

/** A DATA_DIR seeded with the compiled catalog and the title-search index. */
export function seededDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'careers-reliability-'));
  for (const file of [CATALOG_STORE_FILE, TITLE_SEARCH_CACHE_FILE]) {
    copyFileSync(path.join(SHARED_TEST_DATA_DIR, file), path.join(dir, file));
  }
  return dir;
}

/** Removes a folder made by seededDataDir. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Saves and activates a small trained model in the store the server will open. */
export async function seedActiveModel(settings: {
  readonly dataDir: string;
  readonly databaseUrl?: string;
}): Promise<string> {
  const { ctx } = await loadTestCatalog();
  const trained = trainModel(
    ctx,
    { pairs: 600, seed: 7, recipe: 'blended' },
    TEST_NOW.toISOString(),
  );
  const store = await createStore(settings);
  try {
    await store.saveModel({
      version: trained.version,
      artifact: trained.artifact,
      metrics: trained.report,
      createdAt: TEST_NOW.toISOString(),
    });
    await store.activateModel(trained.version, {
      reason: 'seeded by the reliability tests',
      metrics: {},
      decidedAt: TEST_NOW.toISOString(),
    });
  } finally {
    await store.close();
  }
  return trained.version;
}

/** Starts the server with the given environment (DATA_DIR, DATABASE_URL, …). */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/server.ts'], {
    cwd: REPO,
    env: {
      PATH: process.env.PATH ?? '',
      ONET_DIR: SHARED_ONET_DIR,
      BLS_DIR: SHARED_BLS_DIR,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: '1000000',
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
  return { url: `http://127.0.0.1:${port}`, child, output: () => output, exited };
}

/** Waits until GET /readyz answers 200 (catalog, store and model ready). */
export async function waitReady(server: ServerProcess, timeout = 90_000): Promise<void> {
  await expect
    .poll(
      () =>
        request(server.url, 'GET', '/readyz').then(
          (r) => r.status,
          () => 0,
        ),
      { timeout, interval: 100 },
    )
    .toBe(200);
}

/** Sends SIGTERM (or the given signal) and waits for the exit code. */
export async function stopServer(
  server: ServerProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal);
  return server.exited;
}
