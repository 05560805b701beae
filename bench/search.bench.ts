/**
 * Title search over the full O*NET 30.1 catalog (~56k distinct occupation titles):
 * index build time against the 150 ms start-up budget, restore from the cached JSON, and
 * query latency p50/p99 over a fixed query set against a naive scan of every title.
 * Data: ONET_DIR / BLS_DIR (default: test/support/catalog.ts); the compiled catalog is
 * cached in DATA_DIR (default a temp folder).
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCatalog } from '../src/adapters/catalog/index.js';
import { createTitleSearch, loadTitleSearch } from '../src/adapters/search/index.js';
import { SHARED_BLS_DIR, SHARED_ONET_DIR } from '../test/support/catalog.js';

const BUILD_BUDGET_MS = 150;
const RUNS = 9;
const QUERY_ROUNDS = 20;
const QUERIES = [
  'doctor',
  'nurse',
  'coder',
  'marketing coordinator',
  'data scientist',
  'network administrator',
  'softwre developer',
  'pyhsician',
  'enginer',
  'truck driver',
  'teacher',
  'manager',
  'operating room nurse',
  'sales rep',
  'ceo',
  'rn',
  'accountant',
  'web developer',
  'mechanic',
  'police',
  'chef',
  'cashier',
  'electrician',
  'machine learning engineer',
  'assistant',
  'technician',
  'soft',
  'xyzzy',
];

const env = process.env;
const catalog = await loadCatalog({
  onetDir: SHARED_ONET_DIR,
  blsDir: SHARED_BLS_DIR,
  dataDir: env.DATA_DIR ?? path.join(tmpdir(), 'careers-bench-catalog'),
});

function timeMs(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

// CPU time of this process (all its threads, so GC helpers count): on a busy shared machine it
// is a steadier figure than wall time, which also counts time spent waiting for a core.
function cpuMs(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

function summarize(samples: number[]): { median: number; min: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), min: sorted[0] ?? NaN };
}

createTitleSearch(catalog); // warm-up: JIT and stem cache
const build = summarize(
  Array.from({ length: RUNS }, () => timeMs(() => createTitleSearch(catalog))),
);
const search = createTitleSearch(catalog);
const json = search.toSearchIndexJson();
const restore = summarize(
  Array.from({ length: RUNS }, () => timeMs(() => loadTitleSearch(catalog, json))),
);
const buildCpu = summarize(
  Array.from({ length: RUNS }, () => cpuMs(() => createTitleSearch(catalog))),
);
const restoreCpu = summarize(
  Array.from({ length: RUNS }, () => cpuMs(() => loadTitleSearch(catalog, json))),
);

// Naive reference: lower-case substring scan of every title of every occupation.
const titles = catalog.occupations.flatMap((o) =>
  [o.title, ...o.alternateTitles, ...o.reportedTitles].map((t) => t.toLowerCase()),
);
const naive = (q: string): number => titles.filter((t) => t.includes(q)).length;

const fast: number[] = [];
const slow: number[] = [];
for (const q of QUERIES) search.search(q); // warm-up
for (let round = 0; round < QUERY_ROUNDS; round++) {
  for (const q of QUERIES) {
    fast.push(timeMs(() => search.search(q)));
    slow.push(timeMs(() => naive(q)));
  }
}
fast.sort((a, b) => a - b);
slow.sort((a, b) => a - b);

const f = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`catalog: ${catalog.occupations.length} occupations, ${titles.length} titles`);
console.log(
  `index build      wall median ${f(build.median)} (min ${f(build.min)}), CPU median ${f(buildCpu.median)} ` +
    `over ${RUNS} runs; ratio to the ${BUILD_BUDGET_MS} ms budget: ${(build.median / BUILD_BUDGET_MS).toFixed(2)}`,
);
console.log(
  `load from JSON   wall median ${f(restore.median)} (min ${f(restore.min)}), CPU median ${f(restoreCpu.median)}; ` +
    `JSON ${(json.length / 1e6).toFixed(1)} MB; ratio to build: ${(restore.median / build.median).toFixed(2)}`,
);
console.log(
  `query latency    p50 ${f(percentile(fast, 0.5))}, p99 ${f(percentile(fast, 0.99))} ` +
    `over ${fast.length} queries (${QUERIES.length} distinct × ${QUERY_ROUNDS})`,
);
console.log(
  `naive title scan p50 ${f(percentile(slow, 0.5))}, p99 ${f(percentile(slow, 0.99))}; ` +
    `ratio p50 search/scan: ${(percentile(fast, 0.5) / percentile(slow, 0.5)).toFixed(2)}`,
);
