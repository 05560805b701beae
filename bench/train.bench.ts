/**
 * Training and scoring speed of the logistic regression (src/core/model).
 * 1. Fit time on the seeded 3,000 × 150 reference data set (correlated features, label noise;
 *    test/reference/reference-dataset.ts), L2, C = 1, sklearn's default stopping rule: our median
 *    beside scikit-learn 1.2's LogisticRegression(lbfgs) median measured inside python
 *    (/usr/bin/python3). Target: no slower than scikit-learn (ratio ≤ 1). Rounds alternate so
 *    machine load hits both sides alike.
 * 2. Scoring: predictProbaMany over 900 rows × 150 raw features (one profile against every
 *    occupation), p50 / p99 per batch. Target: p50 < 0.2 ms, p99 < 1 ms.
 */
import os from 'node:os';
import {
  applyScaler,
  createLogisticModel,
  fitLogisticRegression,
  fitStandardScaler,
  predictProba,
  predictProbaMany,
  toMatrix,
  type LogisticFit,
} from '../src/core/model/index.js';
import { makeReferenceDataset } from '../test/reference/reference-dataset.js';
import { runSklearn, type SklearnCase } from '../test/reference/run-sklearn.js';

const ROUNDS = 3;
const FITS_PER_ROUND = 5;
const SCORE_BATCHES = 5000;
const BATCH_ROWS = 900;

const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
const median = (values: readonly number[]) => quantile(values, 0.5);

const data = makeReferenceDataset(2024, 3000, 150);
const scaler = fitStandardScaler(data.x);
const scaled = applyScaler(scaler, data.x);
const sklearnCase: SklearnCase = { name: 'l2 C=1', penalty: 'l2', C: 1 };

// Warm-up: let the JIT compile the fitting loops before timing.
let fit: LogisticFit = fitLogisticRegression(scaled, data.y);
for (let i = 0; i < 3; i++) fit = fitLogisticRegression(scaled, data.y);

const ours: number[] = [];
const oursCpu: number[] = [];
const theirs: number[] = [];
const theirsCpu: number[] = [];
let sklearnIterations = 0;
let sklearnObjective = Number.NaN;
let sklearnCoef: number[] = [];
let sklearnIntercept = Number.NaN;
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < FITS_PER_ROUND; i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    fit = fitLogisticRegression(scaled, data.y);
    ours.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    oursCpu.push((used.user + used.system) / 1000);
  }
  const report = runSklearn(data, [sklearnCase], FITS_PER_ROUND);
  const sk = report.cases[0]!;
  theirs.push(...sk.fitSeconds.map((s) => s * 1000));
  theirsCpu.push(...sk.fitCpuSeconds.map((s) => s * 1000));
  sklearnIterations = sk.nIter;
  sklearnObjective = sk.objective;
  sklearnCoef = sk.coef;
  sklearnIntercept = sk.intercept;
}
let coefDiff = 0;
sklearnCoef.forEach((c, j) => (coefDiff = Math.max(coefDiff, Math.abs(c - fit.weights[j]!))));

const oursMs = median(ours);
const theirsMs = median(theirs);
const ratio = oursMs / theirsMs;
const cpuRatio = median(oursCpu) / median(theirsCpu);
const [load1] = os.loadavg();
process.stdout.write(
  `machine: ${os.cpus().length} CPUs, load average (1 min) ${load1!.toFixed(1)} when timing ended\n` +
    `data: 3,000 × 150 (seed 2024), L2, C = 1, tol 1e-4; ${ROUNDS} rounds × ${FITS_PER_ROUND} fits per side\n` +
    `fit, ours (L-BFGS, TS + wasm SIMD) median ${oursMs.toFixed(1).padStart(6)} ms wall ` +
    `(min ${Math.min(...ours).toFixed(1)}, max ${Math.max(...ours).toFixed(1)}), ` +
    `${median(oursCpu).toFixed(1)} ms CPU; ${fit.iterations} iterations, ` +
    `${fit.matrixPasses} matrix passes, objective ${fit.objective.toFixed(6)}\n` +
    `fit, scikit-learn 1.2 (lbfgs)      median ${theirsMs.toFixed(1).padStart(6)} ms wall ` +
    `(min ${Math.min(...theirs).toFixed(1)}, max ${Math.max(...theirs).toFixed(1)}), ` +
    `${median(theirsCpu).toFixed(1)} ms CPU; ${sklearnIterations} iterations, ` +
    `objective ${sklearnObjective.toFixed(6)}\n` +
    `parity: objective (ours − sklearn) / sklearn ${((fit.objective - sklearnObjective) / sklearnObjective).toExponential(2)}, ` +
    `max |Δcoef| ${coefDiff.toExponential(2)}, |Δintercept| ${Math.abs(fit.intercept - sklearnIntercept).toExponential(2)}\n` +
    `fit ratio ours / scikit-learn: ${ratio.toFixed(2)}× wall, ${cpuRatio.toFixed(2)}× CPU | ` +
    `target ≤ 1.00× (no slower than scikit-learn, wall): ${ratio <= 1 ? 'met' : 'MISSED'}\n`,
);

// Scoring: 900 raw rows (the first 900 of the data set) against the fitted model.
const model = createLogisticModel(fit, scaler);
const batch = toMatrix(data.x.data.slice(0, BATCH_ROWS * 150), BATCH_ROWS, 150);
const out = new Float64Array(BATCH_ROWS);
/** p50 / p99 of `SCORE_BATCHES` timed runs of `scoreBatch` (which fills `out`). */
function timeBatches(scoreBatch: () => void): { p50: number; p99: number; checksum: number } {
  for (let i = 0; i < 2000; i++) scoreBatch();
  const batchMs: number[] = [];
  let checksum = 0;
  for (let i = 0; i < SCORE_BATCHES; i++) {
    const started = performance.now();
    scoreBatch();
    batchMs.push(performance.now() - started);
    checksum += out[i % BATCH_ROWS]!;
  }
  return { p50: quantile(batchMs, 0.5), p99: quantile(batchMs, 0.99), checksum };
}

const scoreLine = (label: string, t: { p50: number; p99: number; checksum: number }) =>
  `${label.padEnd(46)} p50 ${t.p50.toFixed(3)} ms, p99 ${t.p99.toFixed(3)} ms, ` +
  `${(BATCH_ROWS / t.p50 / 1000).toFixed(1)} M rows/s at p50 | target p50 < 0.2 ms: ` +
  `${t.p50 < 0.2 ? 'met' : 'MISSED'}, p99 < 1 ms: ${t.p99 < 1 ? 'met' : 'MISSED'} ` +
  `(checksum ${t.checksum.toFixed(3)})\n`;

const many = timeBatches(() => predictProbaMany(model, batch, out));
const oneByOne = timeBatches(() => {
  for (let i = 0; i < BATCH_ROWS; i++) out[i] = predictProba(model, batch.data, i * 150);
});
process.stdout.write(
  `score ${BATCH_ROWS} rows × 150 raw features, ${SCORE_BATCHES} timed batches each:\n` +
    scoreLine('  predictProbaMany (blocked kernel)', many) +
    scoreLine('  predictProba per row (offset into flat data)', oneByOne),
);
