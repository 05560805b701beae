// Starts `src/main/server.ts` as a real process, as `npm start` does, for process-level tests
// (HTTP, crash and fault tests), optionally with a registry that already holds an active model so
// the server is ready in seconds instead of training its default model first.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CATALOG_STORE_FILE } from '../../src/adapters/catalog/index.js';
import { TITLE_SEARCH_CACHE_FILE } from '../../src/adapters/search/index.js';
import { createStore } from '../../src/adapters/store/index.js';
import { trainModel } from '../../src/app/train/index.js';
import {
  loadTestCatalog,
  request,
  TEST_NOW,
  type JsonResponse,
} from '../http/support/start-api.js';
import { SHARED_BLS_DIR, SHARED_ONET_DIR, SHARED_TEST_DATA_DIR } from './catalog.js';

const REPO = path.resolve(import.meta.dirname, '../..');

/** A free loopback port (the server must be told one; it logs where it listens). */
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

/** A running server process, its combined log output and its data directory. */
export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
  /** The DATA_DIR this helper made (null when the caller passed DATA_DIR itself). */
  readonly dir: string | null;
}

/**
 * A DATA_DIR seeded with the compiled catalog and title-search index (as after a first start);
 * call loadTestCatalog() first so both exist in SHARED_TEST_DATA_DIR.
 */
export function seededDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'careers-server-'));
  for (const file of [CATALOG_STORE_FILE, TITLE_SEARCH_CACHE_FILE]) {
    copyFileSync(path.join(SHARED_TEST_DATA_DIR, file), path.join(dir, file));
  }
  return dir;
}

/**
 * Starts `src/main/server.ts` like `npm start`, on a free port, with the shared data folders and
 * `dir` as DATA_DIR (null: `env` names it); `cwd` is where the server resolves ./data and ./var
 * (the repository unless given; ONET_DIR/BLS_DIR set to '' in `env` count as unset). Resolves
 * once the server has logged that it listens on its port (or has exited). Another test's server
 * can take the port between freePort and this one's listen; then this one exits with EADDRINUSE
 * and is started again on another port (up to three).
 */
export async function startServer(
  env: Record<string, string>,
  dir: string | null = seededDataDir(),
  cwd: string = REPO,
): Promise<ServerProcess> {
  for (let attempt = 1; ; attempt++) {
    const server = spawnServer(await freePort(), env, dir, cwd);
    if ((await listeningOrExit(server)) !== 'port taken' || attempt === 3) return server;
  }
}

function spawnServer(
  port: number,
  env: Record<string, string>,
  dir: string | null,
  cwd: string,
): ServerProcess {
  const tsx = path.join(REPO, 'node_modules', 'tsx', 'dist', 'loader.mjs');
  const server = path.join(REPO, 'src', 'main', 'server.ts');
  const child = spawn(process.execPath, ['--import', tsx, server], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      ONET_DIR: SHARED_ONET_DIR,
      BLS_DIR: SHARED_BLS_DIR,
      ...(dir === null ? {} : { DATA_DIR: dir }),
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

/**
 * Waits (at most a minute) for the server's own "listening on <its url>" line, or for its exit:
 * 'port taken' when it exited because another process holds the port.
 */
async function listeningOrExit(
  server: ServerProcess,
): Promise<'listening' | 'port taken' | 'exited' | 'waiting'> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.output().includes(`listening on ${server.url}`)) return 'listening';
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      await server.exited;
      return server.output().includes('EADDRINUSE') ? 'port taken' : 'exited';
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return 'waiting';
}

/** Sends SIGTERM (unless it already exited), waits for the exit code, removes the DATA_DIR it made. */
export async function stopServer(server: ServerProcess, remove = true): Promise<number | null> {
  if (server.child.exitCode === null && server.child.signalCode === null)
    server.child.kill('SIGTERM');
  const code = await server.exited;
  if (remove && server.dir !== null) removeDir(server.dir);
  return code;
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
      reason: 'seeded by the process tests',
      metrics: {},
      decidedAt: TEST_NOW.toISOString(),
    });
  } finally {
    await store.close();
  }
  return trained.version;
}

/** GET /readyz, or null while the process does not accept connections yet. */
export function readyz(server: ServerProcess): Promise<JsonResponse | null> {
  return request(server.url, 'GET', '/readyz').then(
    (r) => r,
    () => null,
  );
}

/**
 * Resolves once GET /readyz answers 200; rejects after `timeoutMs` (or when the process exits)
 * with the last readiness reasons and the end of the log. Usable in beforeAll (no expect.poll).
 */
export async function waitUntilReady(server: ServerProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: JsonResponse | null = null;
  while (Date.now() < deadline && server.child.exitCode === null) {
    last = await readyz(server);
    if (last?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `${server.url} was not ready within ${timeoutMs} ms (exit code ${server.child.exitCode}); ` +
      `readyz: ${JSON.stringify(last?.body?.reasons ?? null)}; log tail:\n${server.output().slice(-2000)}`,
  );
}
