/**
 * Catalog build and load: building the catalog from the O*NET 30.1 + BLS text files (target
 * under 10 s) and loading it from the compiled store in DATA_DIR (target under 300 ms), each the
 * median of several runs beside its target. A load is timed in a fresh process (as at start-up:
 * cold JIT, no garbage from earlier runs) and, for reference, repeatedly in one process. The same
 * catalog stored as plain JSON and as v8.serialize is loaded too (the store format was chosen by
 * this comparison). Data: ONET_DIR / BLS_DIR (default: test/support/catalog.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { parse as csvParse } from 'csv-parse/sync';
import {
  buildCatalog,
  loadCatalog,
  saveCatalogStore,
  toCatalogStorePath,
} from '../src/adapters/catalog/index.js';
import { ONET_FILES, parseTsv } from '../src/adapters/onet/index.js';
import { SHARED_BLS_DIR, SHARED_ONET_DIR } from '../test/support/catalog.js';

const BUILD_TARGET_MS = 10_000;
const LOAD_TARGET_MS = 300;
const BUILD_RUNS = 5;
const TOKENIZE_RUNS = 3;
/** The largest tables, used to compare our TSV reader with csv-parse. */
const LARGE_TABLES = [
  ONET_FILES.abilities,
  ONET_FILES.skills,
  ONET_FILES.knowledge,
  ONET_FILES.education,
  ONET_FILES.taskStatements,
  ONET_FILES.technologySkills,
  ONET_FILES.alternateTitles,
  ONET_FILES.workStyles,
];
const LOAD_RUNS = 11;

const onetDir = SHARED_ONET_DIR;
const blsDir = SHARED_BLS_DIR;

/** Child mode: time one loadCatalog in this fresh process and print the milliseconds. */
if (process.argv[2] === '--load-once') {
  const location = { onetDir, blsDir, dataDir: process.argv[3] ?? '' };
  const started = performance.now();
  const cpu = process.cpuUsage();
  await loadCatalog(location);
  const used = process.cpuUsage(cpu);
  process.stdout.write(`${performance.now() - started} ${(used.user + used.system) / 1000}\n`);
  process.exit(0);
}

const loadAtStart = loadavg();
const dataDir = mkdtempSync(path.join(tmpdir(), 'careers-bench-catalog-'));

/** Wall and CPU milliseconds of one load in a fresh process (CPU time is less sensitive to a busy machine). */
function loadInFreshProcess(): { wallMs: number; cpuMs: number } {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', import.meta.filename, '--load-once', dataDir],
    { encoding: 'utf8', env: process.env },
  );
  const [wallMs, cpuMs] = result.stdout.trim().split(' ').map(Number);
  if (result.status !== 0 || !Number.isFinite(wallMs) || !Number.isFinite(cpuMs)) {
    throw new Error(`load child failed: ${result.stderr || result.stdout}`);
  }
  return { wallMs: wallMs ?? 0, cpuMs: cpuMs ?? 0 };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function timeRuns(runs: number, run: () => Promise<unknown> | unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}

function line(label: string, times: readonly number[], targetMs?: number): void {
  const m = median(times);
  const range = `min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}`;
  const target =
    targetMs === undefined
      ? ''
      : ` | target < ${targetMs} ms: ${m < targetMs ? 'met' : 'MISSED'} (${(m / targetMs).toFixed(2)}× target)`;
  process.stdout.write(
    `${label.padEnd(42)} median ${m.toFixed(0).padStart(5)} ms (${times.length} runs; ${range})${target}\n`,
  );
}

try {
  let catalog = await buildCatalog(onetDir, blsDir);
  const buildTimes = await timeRuns(BUILD_RUNS, async () => {
    catalog = await buildCatalog(onetDir, blsDir);
  });
  const saved = await saveCatalogStore(dataDir, catalog);
  const location = { onetDir, blsDir, dataDir };
  const cold = Array.from({ length: LOAD_RUNS }, loadInFreshProcess);
  const coldTimes = cold.map((c) => c.wallMs);
  const coldCpu = cold.map((c) => c.cpuMs);
  const loadTimes = await timeRuns(LOAD_RUNS, () => loadCatalog(location));

  const plainPath = path.join(dataDir, 'plain.json');
  const v8Path = path.join(dataDir, 'catalog.v8');
  writeFileSync(plainPath, JSON.stringify(catalog));
  writeFileSync(v8Path, v8.serialize(catalog));
  const plainTimes = await timeRuns(LOAD_RUNS, () => JSON.parse(readFileSync(plainPath, 'utf8')));
  const v8Times = await timeRuns(LOAD_RUNS, () => v8.deserialize(readFileSync(v8Path)));

  const texts = LARGE_TABLES.map((spec) => ({
    spec,
    text: readFileSync(path.join(onetDir, spec.file), 'utf8'),
  }));
  const ownTimes = await timeRuns(TOKENIZE_RUNS, () =>
    texts.map(({ spec, text }) => parseTsv(text, spec, [], (f) => f.line)),
  );
  const csvTimes = await timeRuns(TOKENIZE_RUNS, () =>
    texts.map(({ text }) =>
      csvParse(text, {
        delimiter: '\t',
        quote: false,
        relax_column_count: false,
        record_delimiter: ['\r\n', '\n'],
      }),
    ),
  );

  process.stdout.write(
    `load average (1 min) at start ${loadAtStart[0]?.toFixed(2)}, at end ${loadavg()[0]?.toFixed(2)} (2 cores)\n`,
  );
  process.stdout.write(
    `catalog: ${catalog.occupations.length} occupations, ` +
      `${catalog.occupations.filter((o) => o.rateable).length} rateable; ` +
      `store ${toCatalogStorePath(dataDir)} ${(saved.bytes / 1e6).toFixed(1)} MB\n`,
  );
  line('build from text files (parse + assemble)', buildTimes, BUILD_TARGET_MS);
  line('load from compiled store, fresh process', coldTimes, LOAD_TARGET_MS);
  line('  same loads, CPU time (all threads)', coldCpu, LOAD_TARGET_MS);
  line('load from compiled store, same process', loadTimes, LOAD_TARGET_MS);
  line('reference: plain JSON.parse of the catalog', plainTimes);
  line('reference: v8.deserialize of the catalog', v8Times);
  line('tokenize 8 largest O*NET files: parseTsv', ownTimes);
  line('reference: csv-parse/sync (tab, no quotes)', csvTimes);
  process.stdout.write(
    `parseTsv vs csv-parse: ${(median(ownTimes) / median(csvTimes)).toFixed(2)}× the time\n`,
  );
  process.stdout.write(
    `packed store vs plain JSON: ${(median(loadTimes) / median(plainTimes)).toFixed(2)}× the time\n`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
