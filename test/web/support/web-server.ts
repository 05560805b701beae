import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CATALOG_STORE_FILE } from '../../../src/adapters/catalog/index.js';
import { TITLE_SEARCH_CACHE_FILE } from '../../../src/adapters/search/index.js';
import { ensureWebBuild } from '../../../web/ensure-web-build.js';
import {
  SHARED_BLS_DIR,
  SHARED_ONET_DIR,
  SHARED_TEST_DATA_DIR,
  loadSharedCatalog,
} from '../../support/catalog.js';

const REPO = path.resolve(import.meta.dirname, '../../..');

/** The real server (`npm start`'s src/main/server.ts) running on a loopback port. */
export interface WebServer {
  readonly url: string;
  readonly output: () => string;
  close(): Promise<void>;
}

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

/**
 * Builds the page when web/dist is missing or stale, then starts src/main/server.ts with the
 * shared O*NET/BLS data and a temp DATA_DIR (seeded with the compiled catalog so only the model
 * is trained), and waits until /readyz says ready (catalog, store and a trained model).
 */
export async function startWebServer(
  options: {
    readonly readyTimeoutMs?: number;
    /** Extra environment, e.g. LLM_BASE_URL of a fake OpenAI-compatible server. */
    readonly env?: Readonly<Record<string, string>>;
  } = {},
): Promise<WebServer> {
  const readyTimeoutMs = options.readyTimeoutMs ?? 240_000;
  await ensureWebBuild();
  await loadSharedCatalog();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'careers-web-'));
  for (const file of [CATALOG_STORE_FILE, TITLE_SEARCH_CACHE_FILE]) {
    const from = path.join(SHARED_TEST_DATA_DIR, file);
    if (existsSync(from)) copyFileSync(from, path.join(dir, file));
  }
  // Another test's server can take the port between freePort and our server's listen; then ours
  // exits with EADDRINUSE while the other answers /readyz. So "ready" also needs our own server's
  // "listening on" line, and a taken port is tried again with another.
  for (let attempt = 1; ; attempt++) {
    const launched = await launch(dir, options.env ?? {}, readyTimeoutMs);
    if (launched !== 'port taken') return launched;
    if (attempt === 3) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error('three free ports in a row were taken before the server could listen');
    }
  }
}

async function launch(
  dir: string,
  env: Readonly<Record<string, string>>,
  readyTimeoutMs: number,
): Promise<WebServer | 'port taken'> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main/server.ts'], {
    cwd: REPO,
    env: {
      PATH: process.env.PATH ?? '',
      ONET_DIR: SHARED_ONET_DIR,
      BLS_DIR: SHARED_BLS_DIR,
      DATA_DIR: dir,
      HOST: '127.0.0.1',
      PORT: String(port),
      // info: the server's "listening on" line says that this port is its own.
      LOG_LEVEL: 'info',
      // The page is under test here, not the limiter: the flows make a few hundred calls.
      RATE_LIMIT_PER_MINUTE: '100000',
      TZ: 'UTC',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  let closing = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      // A server that dies under a test leaves only "connection refused" behind: say why.
      if (!closing)
        process.stderr.write(
          `web test server exited unexpectedly (code ${code}, signal ${signal}):\n${output}\n`,
        );
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    closing = true;
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      await exited;
      if (output.includes('EADDRINUSE')) return 'port taken';
      await close();
      throw new Error(`the server exited early (code ${child.exitCode}):\n${output}`);
    }
    const status = output.includes(`listening on ${url}`)
      ? await fetch(`${url}/readyz`).then(
          (r) => r.status,
          () => 0,
        )
      : 0;
    if (status === 200) break;
    if (Date.now() > deadline) {
      const body = await fetch(`${url}/readyz`).then(
        (r) => r.text(),
        () => '',
      );
      await close();
      throw new Error(`the server was not ready in ${readyTimeoutMs} ms: ${body}\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, output: () => output, close };
}

/**
 * One server for a test file: started before its tests, closed after them. Call it at the top
 * level; the getter gives the running server inside the tests.
 */
export function useWebServer(): () => WebServer {
  let server: WebServer | undefined;
  beforeAll(async () => {
    server = await startWebServer();
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });
  return () => server!;
}
