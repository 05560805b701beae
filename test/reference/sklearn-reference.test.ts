import { describe, expect, it } from 'vitest';
import {
  accuracy,
  applyScaler,
  fitLogisticRegression,
  fitStandardScaler,
  predictProbaMany,
  createLogisticModel,
  type LogisticRegressionOptions,
} from '../../src/core/model/index.js';
import { makeReferenceDataset, type ReferenceDataset } from './reference-dataset.js';
import { runSklearn, type SklearnCase, type SklearnReport } from './run-sklearn.js';

/*
 * Our logistic regression against scikit-learn 1.2 (Debian python3-sklearn, /usr/bin/python3).
 * This test fails, never skips, when scikit-learn is missing: runSklearn throws with the
 * apt-get command to install it.
 */

const L2_CASES: readonly SklearnCase[] = [
  { name: 'l2 C=1', penalty: 'l2', C: 1 },
  { name: 'l2 C=0.05', penalty: 'l2', C: 0.05 },
  { name: 'l2 C=1 sample weights', penalty: 'l2', C: 1, useSampleWeight: true },
  { name: 'l2 C=1 balanced', penalty: 'l2', C: 1, classWeight: 'balanced' },
  {
    name: 'l2 C=0.5 sample weights + balanced',
    penalty: 'l2',
    C: 0.5,
    useSampleWeight: true,
    classWeight: 'balanced',
  },
  { name: 'l2 C=2 class weights {0:1, 1:2.5}', penalty: 'l2', C: 2, classWeight: { 0: 1, 1: 2.5 } },
  { name: 'no penalty', penalty: 'none', C: 1, maxIter: 1000 },
];
const SPARSE_CASES: readonly SklearnCase[] = [
  { name: 'l1 C=0.05 saga', penalty: 'l1', C: 0.05, solver: 'saga', tol: 1e-7, maxIter: 50_000 },
  {
    name: 'elasticnet C=0.1 r=0.5 saga',
    penalty: 'elasticnet',
    C: 0.1,
    l1Ratio: 0.5,
    solver: 'saga',
    tol: 1e-7,
    maxIter: 50_000,
  },
];

function optionsFor(c: SklearnCase, data: ReferenceDataset): LogisticRegressionOptions {
  return {
    C: c.C,
    penalty: c.penalty,
    l1Ratio: c.l1Ratio ?? undefined,
    classWeight: c.classWeight ?? null,
    sampleWeight: c.useSampleWeight ? data.sampleWeight : undefined,
    maxIter: c.maxIter ?? 100,
  };
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};

describe.each([
  { label: '3,000 × 150, correlated features, 5 % label noise', seed: 2024, rows: 3000, cols: 150 },
  { label: '200 × 12', seed: 7, rows: 200, cols: 12 },
])('logistic regression vs scikit-learn on $label', ({ seed, rows, cols }) => {
  const data = makeReferenceDataset(seed, rows, cols);
  const scaled = applyScaler(fitStandardScaler(data.x), data.x);
  // Run python once per data set, on first use. A failure (scikit-learn missing) is remembered
  // and rethrown by every test, so each one fails with the install hint instead of being skipped.
  let outcome: { report: SklearnReport } | { error: unknown } | undefined;
  const sklearn = (): SklearnReport => {
    if (outcome === undefined) {
      try {
        outcome = { report: runSklearn(data, [...L2_CASES, ...SPARSE_CASES]) };
      } catch (error) {
        outcome = { error };
      }
    }
    if ('error' in outcome) throw outcome.error;
    return outcome.report;
  };
  const result = (name: string) => sklearn().cases.find((c) => c.name === name)!;

  it('standardizes exactly like StandardScaler (constant column included)', () => {
    const ours = fitStandardScaler(data.x);
    const theirs = sklearn().scaler;
    expect(maxAbsDiff(ours.mean, theirs.mean)).toBeLessThan(1e-12);
    expect(maxAbsDiff(ours.scale, theirs.scale)).toBeLessThan(1e-12);
    expect(ours.scale[cols - 1]).toBe(1);
  });

  it.each(L2_CASES.map((c) => [c.name, c] as const))(
    '%s: same objective (1e-6 relative), coefficients (1e-3) and accuracy (0.5 points)',
    (name, c) => {
      const sk = result(name);
      expect(sk.converged).toBe(true);
      const fit = fitLogisticRegression(scaled, data.y, optionsFor(c, data));
      expect(fit.converged).toBe(true);
      expect(Math.abs(fit.objective - sk.objective) / sk.objective).toBeLessThan(1e-6);
      expect(maxAbsDiff(fit.weights, sk.coef)).toBeLessThan(1e-3);
      expect(Math.abs(fit.intercept - sk.intercept)).toBeLessThan(1e-3);
      const model = createLogisticModel(fit, null);
      const ours = accuracy(data.y, predictProbaMany(model, scaled));
      expect(Math.abs(ours - sk.accuracy)).toBeLessThanOrEqual(0.005);
    },
  );

  it.each(L2_CASES.map((c) => [c.name, c] as const))(
    '%s: fitted to a 1e-7 gradient, ours is at least as good and within 1e-3 of sklearn',
    (name, c) => {
      const sk = result(name);
      const fit = fitLogisticRegression(scaled, data.y, {
        ...optionsFor(c, data),
        tol: 1e-7,
        ftol: 0,
        maxIter: 5000,
      });
      expect(fit.converged).toBe(true);
      expect(fit.objective).toBeLessThanOrEqual(sk.objective * (1 + 1e-12));
      expect(maxAbsDiff(fit.weights, sk.coef)).toBeLessThan(1e-3);
    },
  );

  it.each(SPARSE_CASES.map((c) => [c.name, c] as const))(
    '%s: OWL-QN reaches the same objective (1e-5 relative) with about the same sparsity',
    (name, c) => {
      const sk = result(name);
      const fit = fitLogisticRegression(scaled, data.y, { ...optionsFor(c, data), maxIter: 1000 });
      expect(fit.converged).toBe(true);
      expect(Math.abs(fit.objective - sk.objective) / sk.objective).toBeLessThan(1e-5);
      expect(fit.nonZeroCount).toBeLessThan(cols);
      expect(Math.abs(fit.nonZeroCount - sk.nonZero)).toBeLessThanOrEqual(Math.max(2, cols * 0.03));
      expect(maxAbsDiff(fit.weights, sk.coef)).toBeLessThan(0.02);
    },
  );
});
