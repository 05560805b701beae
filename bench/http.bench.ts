/**
 * HTTP throughput and latency: POST /v1/recommendations against a hello-world route registered on
 * the SAME server instance (same plugins, hooks, logging, rate limit, security headers), on
 * loopback, with autocannon in its own process (50 connections, 10 s per target after a 2 s
 * warm-up). Every recommendation request is a different profile (a pool of 400 distinct, seeded,
 * realistic profiles sent in turn, see profile-pool.ts), so no per-profile cache can flatter the
 * numbers. A second reference route answers a recorded recommendation response (the size of a
 * real answer, nothing computed), to show what sending such an answer costs by itself, and two
 * routes split a request's cost further (validation only; validation and ranking with a tiny
 * answer). Prints req/s, p50/p99 and server CPU per request for each target and the ratio to
 * hello-world. Targets: ratio ≥ 0.5, recommendations p99 < 20 ms.
 * Model: "ml" (a logistic model trained here on 4,000 seeded pairs, with the product's query
 * expansion) and the cosine baseline. Logging is on at `info` (one JSON line per request, as in
 * production) into /dev/null.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { loadCatalog } from '../src/adapters/catalog/index.js';
import { createRecommenderContext } from '../src/app/recommend/index.js';
import {
  createCareersService,
  createModelHolder,
  recommendRequestSchema,
} from '../src/app/service/index.js';
import { DEFAULT_TRAINING, trainModel } from '../src/app/train/index.js';
import { createHttpLogger, createHttpServer, DEFAULT_HTTP_LIMITS } from '../src/http/index.js';
import { loadOrBuildTitleSearch } from '../src/adapters/search/index.js';
import { SHARED_BLS_DIR, SHARED_ONET_DIR } from '../test/support/catalog.js';
import { benchProfiles } from './profile-pool.js';

const DURATION_S = Number(process.env.BENCH_HTTP_DURATION_S ?? 10);
const WARMUP_S = 2;
const CONNECTIONS = 50;
const RATIO_TARGET = 0.5;
const P99_TARGET_MS = 20;

const POOL_SIZE = 400;

const onetDir = SHARED_ONET_DIR;
const blsDir = SHARED_BLS_DIR;
const dataDir =
  process.env.BENCH_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'careers-bench-http-'));
const silent = pino({ level: 'silent' });

const catalog = await loadCatalog({ onetDir, blsDir, dataDir });
const titleSearch = await loadOrBuildTitleSearch(catalog, dataDir, silent);
const ctx = createRecommenderContext(catalog);
const profiles = benchProfiles(catalog, POOL_SIZE);
// The model's scoring cost does not depend on how many pairs it saw: 4,000 keep the bench short.
const trained = trainModel(ctx, { ...DEFAULT_TRAINING, pairs: 4000 }, new Date().toISOString());
const models = createModelHolder({
  scorer: trained.scorer,
  version: trained.version,
  metrics: trained.report,
  createdAt: trained.artifact.createdAt,
  dataRelease: catalog.source.onetRelease,
});
const service = createCareersService({
  ctx,
  titleSearch,
  store: null,
  models,
  now: () => new Date(),
  version: 'bench',
});

const app = await createHttpServer({
  service: () => service,
  readiness: async () => ({}),
  adminToken: undefined,
  limits: { ...DEFAULT_HTTP_LIMITS, rateLimitPerMinute: 10_000_000 },
  corsOrigins: [],
  logger: createHttpLogger({
    level: 'info',
    secrets: [],
    destination: pino.destination({ dest: '/dev/null', sync: false }),
  }),
  version: 'bench',
});
// The reference: a route on the same instance, through the same hooks and plugins.
app.get('/bench/hello', { schema: { hide: true } }, () => ({ hello: 'world' }));
// A second reference: the same route shape answering a recorded recommendation response (ml,
// 10 results, no explanation), so the cost of sending an answer this size is visible apart
// from the cost of computing it.
const recorded = await service.recommend(
  recommendRequestSchema.parse({ profile: profiles[0], model: 'ml', limit: 10, explain: false }),
);
app.get('/bench/recorded', { schema: { hide: true } }, () => recorded);
// Two more, to split a recommendation request's cost: the same bodies only received and
// validated; and received, validated and ranked, answering a few bytes instead of the answer.
app.post('/bench/validate', { schema: { hide: true, body: recommendRequestSchema } }, () => ({
  ok: true,
}));
app.post(
  '/bench/rank',
  { schema: { hide: true, body: recommendRequestSchema } },
  async (request) => ({
    ranked: (await service.recommend(request.body)).recommendations.length,
  }),
);
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

interface Result {
  readonly label: string;
  readonly reqPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  readonly errors: number;
  /** Server CPU time (user + system) per request: steadier than req/s on a busy machine. */
  readonly cpuUsPerRequest: number;
}

/** Runs the load client (autocannon) in a child process, cycling through `bodies`. */
async function cannon(
  label: string,
  urlPath: string,
  bodies: readonly unknown[] | undefined,
  seconds = DURATION_S,
): Promise<Result> {
  const settings = { url: base + urlPath, connections: CONNECTIONS, seconds, bodies };
  const client = path.join(import.meta.dirname, 'load-client.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', client], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end(JSON.stringify(settings));
  const cpuBefore = process.cpuUsage();
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const cpu = process.cpuUsage(cpuBefore);
  if (code !== 0) throw new Error(`the load client failed: ${stderr}`);
  const json = JSON.parse(stdout) as {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  };
  return {
    label,
    reqPerSec: json.requests.average,
    p50Ms: json.latency.p50,
    p99Ms: json.latency.p99,
    non2xx: json.non2xx,
    errors: json.errors,
    cpuUsPerRequest: (cpu.user + cpu.system) / Math.max(1, json.requests.total),
  };
}

const recommend = (model: string, explain: boolean) => ({
  label: `recommendations ${model}, explain=${explain}`,
  path: '/v1/recommendations',
  bodies: profiles.map((profile) => ({ profile, model, limit: 10, explain })),
});
const targets = [
  { label: 'hello-world (same server)', path: '/bench/hello', bodies: undefined },
  {
    label: 'recorded ml answer (GET, no compute)',
    path: '/bench/recorded',
    bodies: undefined,
  },
  { ...recommend('ml', false), label: 'validate the ml request only', path: '/bench/validate' },
  { ...recommend('ml', false), label: 'validate + rank (ml), tiny answer', path: '/bench/rank' },
  recommend('ml', false),
  recommend('ml', true),
  recommend('baseline', false),
].filter(
  // BENCH_HTTP_ONLY=explain=true measures hello-world and the targets whose label contains it.
  (t, i) =>
    i === 0 || !process.env.BENCH_HTTP_ONLY || t.label.includes(process.env.BENCH_HTTP_ONLY),
);

// Check each target answers 200 before measuring it.
for (const t of targets) {
  for (const body of t.bodies ?? [undefined]) {
    const res = await fetch(base + t.path, {
      method: body ? 'POST' : 'GET',
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    if (res.status !== 200)
      throw new Error(`${t.path} answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  }
}

const loadBefore = loadavg()[0]!;
const results: Result[] = [];
for (const t of targets) {
  await cannon(t.label, t.path, t.bodies, WARMUP_S);
  results.push(await cannon(t.label, t.path, t.bodies));
}
await app.close();
if (!process.env.BENCH_DATA_DIR) rmSync(dataDir, { recursive: true, force: true });

const hello = results[0]!;
const pad = (s: string, n: number) => s.padEnd(n);
process.stdout.write(
  `autocannon: ${CONNECTIONS} connections, ${POOL_SIZE} distinct profiles in turn, ${DURATION_S} s each (after ${WARMUP_S} s warm-up), loopback; ` +
    `1-min load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after\n` +
    `${pad('target', 40)} ${pad('req/s', 9)} ${pad('p50 ms', 7)} ${pad('p99 ms', 7)} ${pad('CPU µs/req', 11)} non-2xx  ratio vs hello\n`,
);
for (const r of results) {
  const ratio = r === hello ? '1' : (r.reqPerSec / hello.reqPerSec).toFixed(3);
  process.stdout.write(
    `${pad(r.label, 40)} ${pad(r.reqPerSec.toFixed(0), 9)} ${pad(String(r.p50Ms), 7)} ${pad(String(r.p99Ms), 7)} ${pad(r.cpuUsPerRequest.toFixed(0), 11)} ${pad(String(r.non2xx + r.errors), 8)} ${ratio}\n`,
  );
}
for (const r of results.filter((r) => r.label.startsWith('recommendations'))) {
  const ratio = r.reqPerSec / hello.reqPerSec;
  process.stdout.write(
    `${r.label}: ratio ${ratio.toFixed(3)} (target ≥ ${RATIO_TARGET}: ${ratio >= RATIO_TARGET ? 'met' : 'NOT met'}), ` +
      `p99 ${r.p99Ms} ms (target < ${P99_TARGET_MS} ms: ${r.p99Ms < P99_TARGET_MS ? 'met' : 'NOT met'})\n`,
  );
}
