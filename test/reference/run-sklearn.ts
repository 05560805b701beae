import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ReferenceDataset } from './reference-dataset.js';

/**
 * Debian's interpreter: the python3 on PATH (pyenv) cannot see python3-sklearn. SKLEARN_PYTHON
 * overrides it (e.g. a virtualenv with scikit-learn on another machine).
 */
export const SYSTEM_PYTHON = process.env.SKLEARN_PYTHON ?? '/usr/bin/python3';
const SCRIPT = path.join(import.meta.dirname, 'sklearn_logreg.py');

/** One scikit-learn configuration to fit. */
export interface SklearnCase {
  readonly name: string;
  readonly penalty: 'l2' | 'l1' | 'elasticnet' | 'none';
  readonly C: number;
  readonly solver?: 'lbfgs' | 'saga' | 'liblinear';
  readonly tol?: number;
  readonly maxIter?: number;
  readonly classWeight?: 'balanced' | { readonly 0: number; readonly 1: number } | null;
  readonly useSampleWeight?: boolean;
  readonly l1Ratio?: number | null;
}

/** scikit-learn's answer for one case (see sklearn_logreg.py). */
export interface SklearnResult {
  readonly name: string;
  readonly coef: number[];
  readonly intercept: number;
  readonly objective: number;
  readonly accuracy: number;
  readonly nIter: number;
  readonly nonZero: number;
  readonly converged: boolean;
  readonly fitSeconds: number[];
  /** CPU time of each timed fit, all threads (BLAS may use several). */
  readonly fitCpuSeconds: number[];
}

/** Output of one script run. */
export interface SklearnReport {
  readonly sklearnVersion: string;
  readonly scaler: { readonly mean: number[]; readonly scale: number[] };
  readonly cases: SklearnResult[];
}

/** Throws an actionable error unless /usr/bin/python3 can import numpy and scikit-learn. */
export function assertSklearnAvailable(): void {
  const probe = spawnSync(SYSTEM_PYTHON, ['-c', 'import numpy, sklearn'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    throw new Error(
      `${SYSTEM_PYTHON} cannot import scikit-learn (${(probe.error?.message ?? probe.stderr).trim()}). ` +
        'Install it with `sudo apt-get install -y python3-sklearn` (Debian package; the pyenv ' +
        'python3 on PATH is not used).',
    );
  }
}

/** Writes the data set to a temp dir, runs sklearn_logreg.py on it and parses its JSON. */
export function runSklearn(
  dataset: ReferenceDataset,
  cases: readonly SklearnCase[],
  repeat = 0,
): SklearnReport {
  assertSklearnAvailable();
  const dir = mkdtempSync(path.join(tmpdir(), 'sklearn-ref-'));
  try {
    const { x } = dataset;
    const rows = Array.from({ length: x.nRows }, (_, i) =>
      Array.from(x.data.subarray(i * x.nCols, (i + 1) * x.nCols)),
    );
    const input = path.join(dir, 'input.json');
    writeFileSync(
      input,
      JSON.stringify({
        x: rows,
        y: Array.from(dataset.y),
        sampleWeight: Array.from(dataset.sampleWeight),
        repeat,
        cases,
      }),
    );
    const run = spawnSync(SYSTEM_PYTHON, [SCRIPT, input], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) {
      throw new Error(`sklearn_logreg.py exited with ${run.status}: ${run.stderr}${run.stdout}`);
    }
    return JSON.parse(run.stdout) as SklearnReport;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
