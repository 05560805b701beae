// Starts `src/main/server.ts` as a real child process (like `npm start`) for crash and fault
// tests, with a data folder or PostgreSQL database whose registry already holds an active model,
// so the server is ready in seconds instead of training its default model first.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { createStore } from '../../../src/adapters/store/index.js';
import { trainModel } from '../../../src/app/train/index.js';
import { SHARED_BLS_DIR, SHARED_ONET_DIR } from '../../support/catalog.js';
import { freePort, seededDataDir } from '../../http/support/server-process.js';

// The port and seeded-folder helpers are shared with the HTTP process tests.
export { freePort, seededDataDir };
import { loadTestCatalog, request, TEST_NOW } from '../../http/support/start-api.js';

const REPO = path.resolve(import.meta.dirname, '../../..');

/** A running server process. */
export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  readonly output: () => string;
  readonly exited: Promise<number | null>;
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
