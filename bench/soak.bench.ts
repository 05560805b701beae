/**
 * Soak test (`npm run bench:soak`): the real server process (`src/main/server.ts`, SQLite store
 * with an active model seeded in its registry) under autocannon on POST /v1/recommendations
 * (explain true, limit 10), every request a different profile from the pool of 400 seeded,
 * realistic profiles the HTTP bench uses (profile-pool.ts), sent in turn.
 * First ~10 s at full speed measure the maximum throughput; then SOAK_DURATION_S (default 60 s)
 * at SOAK_LOAD (default 80%) of it. Prints req/s, p50/p99 latency, errors, non-2xx, and the
 * server's RSS and heap (from /metrics) at the start and the end of the soak. Exits 1 on any
 * error or non-2xx answer. `runSoak` is also what the CI smoke test calls, with seconds instead.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CATALOG_STORE_FILE, loadCatalog } from '../src/adapters/catalog/index.js';
import { createStore } from '../src/adapters/store/index.js';
import { createRecommenderContext } from '../src/app/recommend/index.js';
import { trainModel } from '../src/app/train/index.js';
import { SHARED_BLS_DIR, SHARED_ONET_DIR } from '../test/support/catalog.js';
import { benchProfiles, cyclingPosts } from './profile-pool.js';

const REPO = path.resolve(import.meta.dirname, '..');
const CONNECTIONS = 32;

const POOL_SIZE = 400;

/** Settings of one soak run. */
export interface SoakOptions {
  /** Seconds at full speed to measure the maximum throughput. */
  readonly probeSeconds: number;
  /** Seconds at `load` × the maximum. */
  readonly soakSeconds: number;
  /** Fraction of the measured maximum to hold (0.8 = 80%). */
  readonly load: number;
  /** Folder with the compiled catalog (built from ONET_DIR/BLS_DIR when missing). */
  readonly catalogDir?: string;
}

/** The server's memory as its /metrics reports it, in MB. */
export interface MemorySample {
  readonly rssMb: number;
  readonly heapUsedMb: number;
}

/** What one soak run measured. */
export interface SoakResult {
  readonly maxReqPerSec: number;
  readonly targetReqPerSec: number;
  readonly reqPerSec: number;
  readonly requests: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly memoryStart: MemorySample;
  readonly memoryEnd: MemorySample;
}

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

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

async function memoryOf(url: string): Promise<MemorySample> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const metric = (name: string) =>
    Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return {
    rssMb: Math.round(metric('process_resident_memory_bytes') / 1048576),
    heapUsedMb: Math.round(metric('nodejs_heap_size_used_bytes') / 1048576),
  };
}

/** Seeds a data folder (catalog + an active model), starts the server, runs the soak, stops it. */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const onetDir = SHARED_ONET_DIR;
  const blsDir = SHARED_BLS_DIR;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'careers-soak-'));
  const catalogDir = options.catalogDir ?? dataDir;
  const catalog = await loadCatalog({ onetDir, blsDir, dataDir: catalogDir });
  if (catalogDir !== dataDir) {
    copyFileSync(path.join(catalogDir, CATALOG_STORE_FILE), path.join(dataDir, CATALOG_STORE_FILE));
  }
  const ctx = createRecommenderContext(catalog);
  const bodies = benchProfiles(catalog, POOL_SIZE).map((profile) =>
    JSON.stringify({ profile, limit: 10, explain: true }),
  );
  const trained = trainModel(
    ctx,
    { pairs: 4000, seed: 11, recipe: 'blended' },
    new Date(0).toISOString(),
  );
  const store = await createStore({ dataDir });
  await store.saveModel({
    version: trained.version,
    artifact: trained.artifact,
    metrics: trained.report,
    createdAt: trained.artifact.createdAt,
  });
  await store.activateModel(trained.version, {
    reason: 'soak',
    metrics: {},
    decidedAt: new Date(0).toISOString(),
  });
  await store.close();

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/server.ts'], {
    cwd: REPO,
    env: {
      PATH: process.env.PATH ?? '',
      ONET_DIR: onetDir,
      BLS_DIR: blsDir,
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '10000000',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let alive = true;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      alive = false;
      resolve();
    }),
  );
  try {
    for (let i = 0; ; i++) {
      const status = await fetch(`${url}/readyz`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) break;
      if (!alive) throw new Error('the server exited during start-up (see its stderr above)');
      if (i > 1200) throw new Error('the server did not become ready within 120 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    const request = {
      url: `${url}/v1/recommendations`,
      ...cyclingPosts(bodies),
      connections: CONNECTIONS,
    };
    const probe = await autocannon({ ...request, duration: options.probeSeconds });
    const target = Math.max(1, Math.floor(probe.requests.average * options.load));
    const memoryStart = await memoryOf(url);
    const soak = await autocannon({
      ...request,
      duration: options.soakSeconds,
      overallRate: target,
    });
    const memoryEnd = await memoryOf(url);
    return {
      maxReqPerSec: Math.round(probe.requests.average),
      targetReqPerSec: target,
      reqPerSec: Math.round(soak.requests.average),
      requests: soak.requests.total,
      p50Ms: soak.latency.p50,
      p99Ms: soak.latency.p99,
      errors: soak.errors + probe.errors,
      timeouts: soak.timeouts + probe.timeouts,
      non2xx: soak.non2xx + probe.non2xx,
      memoryStart,
      memoryEnd,
    };
  } finally {
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const soakSeconds = Number(process.env.SOAK_DURATION_S ?? 60);
  const load = Number(process.env.SOAK_LOAD ?? 0.8);
  const r = await runSoak({ probeSeconds: 10, soakSeconds, load });
  console.log(
    `soak: POST /v1/recommendations (explain true, limit 10, ${POOL_SIZE} distinct profiles in turn), ${CONNECTIONS} connections`,
  );
  console.log(`  max throughput (10 s probe): ${r.maxReqPerSec} req/s`);
  console.log(
    `  soak ${soakSeconds} s at ${Math.round(load * 100)}%: target ${r.targetReqPerSec} req/s, achieved ${r.reqPerSec} req/s, ${r.requests} requests`,
  );
  console.log(`  latency p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms`);
  console.log(`  errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`);
  console.log(
    `  server memory: start RSS ${r.memoryStart.rssMb} MB / heap ${r.memoryStart.heapUsedMb} MB; end RSS ${r.memoryEnd.rssMb} MB / heap ${r.memoryEnd.heapUsedMb} MB`,
  );
  process.exitCode = r.errors + r.timeouts + r.non2xx === 0 ? 0 : 1;
}
