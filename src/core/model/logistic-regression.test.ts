import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { fitLogisticRegression } from './logistic-regression.js';
import { computeGradient, computeMargins, lossAndResiduals, sum } from './logistic-loss.js';
import { makeNoisyProblem } from '../../../test/support/make-noisy-problem.js';
import { matrixFromRows, toMatrix, type Matrix } from './matrix.js';

const logit = (p: number) => Math.log(p / (1 - p));

/** max |∇(objective / C)| at (w, b) for an L2 fit, computed independently of the solver. */
function l2GradientMaxAbs(x: Matrix, y: Float64Array, w: Float64Array, b: number, C: number) {
  const z = new Float64Array(x.nRows);
  const r = new Float64Array(x.nRows);
  computeMargins(x, w, b, z);
  lossAndResiduals(z, y, new Float64Array(x.nRows).fill(1), r);
  const g = new Float64Array(x.nCols);
  computeGradient(x, r, g);
  let m = Math.abs(sum(r));
  for (let j = 0; j < x.nCols; j++) m = Math.max(m, Math.abs(g[j]! + w[j]! / C));
  return m;
}

describe('fitLogisticRegression (L2, L-BFGS)', () => {
  const { x, y } = makeNoisyProblem(1, 400, 8);

  it('converges on noisy data to a point where the gradient vanishes', () => {
    const fit = fitLogisticRegression(x, y, { tol: 1e-8, ftol: 0, maxIter: 1000 });
    expect(fit.converged).toBe(true);
    expect(fit.stopReason).toBe('gradient');
    expect(fit.gradientMaxAbs).toBeLessThanOrEqual(1e-8);
    expect(l2GradientMaxAbs(x, y, fit.weights, fit.intercept, 1)).toBeLessThan(1e-7);
  });

  it('stops by default like sklearn: gradient ≤ 1e-4 or a relative decrease ≤ 2.2e-9', () => {
    const fit = fitLogisticRegression(x, y);
    expect(fit.converged).toBe(true);
    expect(['gradient', 'objective']).toContain(fit.stopReason);
    const tight = fitLogisticRegression(x, y, { tol: 1e-10, ftol: 0, maxIter: 1000 });
    expect(Math.abs(fit.objective - tight.objective) / tight.objective).toBeLessThan(1e-7);
    expect(fit.objective).toBeGreaterThanOrEqual(tight.objective - 1e-9);
  });

  it('reports the documented objective 0.5·‖w‖² + C·Σ log-loss at the solution', () => {
    const C = 0.3;
    const fit = fitLogisticRegression(x, y, { C, tol: 1e-8, ftol: 0 });
    const z = new Float64Array(x.nRows);
    computeMargins(x, fit.weights, fit.intercept, z);
    let loss = 0;
    z.forEach((zi, i) => (loss += Math.log1p(Math.exp(zi)) - y[i]! * zi));
    const ww = fit.weights.reduce((a, w) => a + w * w, 0);
    expect(fit.objective).toBeCloseTo(0.5 * ww + C * loss, 9);
  });

  it('recovers the exact maximum-likelihood answer for one binary feature without a penalty', () => {
    // P(y=1 | x=0) = 1/4 and P(y=1 | x=1) = 3/5, so b = logit(1/4), w = logit(3/5) − logit(1/4).
    const rows = [[0], [0], [0], [0], [1], [1], [1], [1], [1]];
    const labels = [1, 0, 0, 0, 1, 1, 1, 0, 0];
    const fit = fitLogisticRegression(matrixFromRows(rows), labels, {
      penalty: 'none',
      tol: 1e-10,
      ftol: 0,
    });
    expect(fit.intercept).toBeCloseTo(logit(1 / 4), 8);
    expect(fit.weights[0]).toBeCloseTo(logit(3 / 5) - logit(1 / 4), 8);
  });

  it('fits an intercept-only model to the (weighted) log-odds of the labels', () => {
    const zeros = toMatrix(new Float64Array(10), 10, 1);
    const labels = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
    const opts = { tol: 1e-10, ftol: 0 } as const;
    expect(fitLogisticRegression(zeros, labels, opts).intercept).toBeCloseTo(logit(0.3), 8);
    const weighted = fitLogisticRegression(zeros, labels, {
      ...opts,
      sampleWeight: [2, 2, 2, 1, 1, 1, 1, 1, 1, 1],
    });
    expect(weighted.intercept).toBeCloseTo(logit(6 / 13), 8);
    const balanced = fitLogisticRegression(zeros, labels, { ...opts, classWeight: 'balanced' });
    expect(balanced.intercept).toBeCloseTo(0, 8);
  });

  it('treats a sample weight of 2 exactly like a duplicated row', () => {
    const small = makeNoisyProblem(3, 60, 3);
    const weights = Float64Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? 2 : 1));
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 60; i++) {
      const row = Array.from(small.x.data.subarray(i * 3, i * 3 + 3));
      for (let k = 0; k < weights[i]!; k++) {
        rows.push(row);
        labels.push(small.y[i]!);
      }
    }
    const opts = { tol: 1e-10, ftol: 0 } as const;
    const a = fitLogisticRegression(small.x, small.y, { ...opts, sampleWeight: weights });
    const b = fitLogisticRegression(matrixFromRows(rows), labels, opts);
    for (let j = 0; j < 3; j++) expect(a.weights[j]).toBeCloseTo(b.weights[j]!, 7);
    expect(a.intercept).toBeCloseTo(b.intercept, 7);
  });

  it('applies class weights {0: w0, 1: w1} as per-row weights by label', () => {
    const opts = { tol: 1e-10, ftol: 0 } as const;
    const a = fitLogisticRegression(x, y, { ...opts, classWeight: { 0: 1, 1: 3 } });
    const b = fitLogisticRegression(x, y, {
      ...opts,
      sampleWeight: Array.from(y, (v) => (v === 1 ? 3 : 1)),
    });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
  });

  it('shrinks the weights more as C gets smaller, and never penalizes the intercept', () => {
    const norm = (C: number) => {
      const w = fitLogisticRegression(x, y, { C, tol: 1e-8, ftol: 0 }).weights;
      return Math.hypot(...w);
    };
    expect(norm(0.01)).toBeLessThan(norm(0.1));
    expect(norm(0.1)).toBeLessThan(norm(10));
    // With a tiny C the weights vanish but the intercept still fits the base rate.
    const base = y.reduce((a, v) => a + v, 0) / y.length;
    const tiny = fitLogisticRegression(x, y, { C: 1e-8, tol: 1e-12, ftol: 0 });
    expect(tiny.intercept).toBeCloseTo(logit(base), 5);
  });

  it('fits without an intercept when asked', () => {
    const fit = fitLogisticRegression(x, y, { fitIntercept: false });
    expect(fit.intercept).toBe(0);
    expect(fit.converged).toBe(true);
  });

  it('stays finite on separable data and reports max-iterations without a penalty', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [i - 19.5, (i * 7) % 5]);
    const labels = rows.map((r) => (r[0]! > 0 ? 1 : 0));
    const l2 = fitLogisticRegression(matrixFromRows(rows), labels);
    expect(l2.converged).toBe(true);
    expect(l2.weights.every(Number.isFinite)).toBe(true);
    const free = fitLogisticRegression(matrixFromRows(rows), labels, {
      penalty: 'none',
      maxIter: 15,
      ftol: 0,
      tol: 1e-12,
    });
    expect(free.stopReason).toBe('max-iterations');
    expect(free.converged).toBe(false);
    expect(free.iterations).toBe(15);
    expect(free.weights[0]).toBeGreaterThan(l2.weights[0]!);
  });

  it('is deterministic: the same input gives bit-identical weights', () => {
    const a = fitLogisticRegression(x, y, { C: 0.7 });
    const b = fitLogisticRegression(x, y, { C: 0.7 });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(a.iterations).toBe(b.iterations);
  });

  it('rejects single-class labels with an actionable AppError', () => {
    const ones = new Float64Array(x.nRows).fill(1);
    expect(() => fitLogisticRegression(x, ones)).toThrow(AppError);
    try {
      fitLogisticRegression(x, ones);
    } catch (error) {
      expect((error as AppError).code).toBe('VALIDATION_FAILED');
      expect((error as AppError).message).toMatch(/both classes/);
    }
  });

  it('rejects malformed input with RangeError', () => {
    expect(() => fitLogisticRegression(x, y.subarray(1))).toThrow(RangeError);
    expect(() =>
      fitLogisticRegression(
        x,
        Float64Array.from(y, (v) => v * 2),
      ),
    ).toThrow(/0 or 1/);
    expect(() => fitLogisticRegression(x, y, { sampleWeight: [1, 2] })).toThrow(RangeError);
    expect(() => fitLogisticRegression(x, y, { C: 0 })).toThrow(RangeError);
    expect(() => fitLogisticRegression(x, y, { penalty: 'elasticnet' })).toThrow(/l1Ratio/);
    const bad = toMatrix(Float64Array.from(x.data), x.nRows, x.nCols);
    bad.data[17] = Number.NaN;
    expect(() => fitLogisticRegression(bad, y)).toThrow(/row 2, column 1/);
  });
});

describe('fitLogisticRegression (L1 and elastic net, OWL-QN)', () => {
  const { x, y } = makeNoisyProblem(2, 300, 20);

  it('produces exact zeros, fewer as C grows', () => {
    const counts = [0.005, 0.02, 0.1, 1].map(
      (C) => fitLogisticRegression(x, y, { penalty: 'l1', C }).nonZeroCount,
    );
    expect(counts[0]).toBeLessThan(20);
    for (let k = 1; k < counts.length; k++)
      expect(counts[k]).toBeGreaterThanOrEqual(counts[k - 1]!);
  });

  it('satisfies the L1 optimality conditions at the solution', () => {
    const C = 0.1;
    const fit = fitLogisticRegression(x, y, {
      penalty: 'l1',
      C,
      tol: 1e-7,
      ftol: 0,
      maxIter: 2000,
    });
    expect(fit.converged).toBe(true);
    expect(fit.nonZeroCount).toBeGreaterThan(3);
    expect(fit.nonZeroCount).toBeLessThan(x.nCols);
    const z = new Float64Array(x.nRows);
    const r = new Float64Array(x.nRows);
    computeMargins(x, fit.weights, fit.intercept, z);
    lossAndResiduals(z, y, new Float64Array(x.nRows).fill(1), r);
    const g = new Float64Array(x.nCols);
    computeGradient(x, r, g);
    const l1 = 1 / C;
    for (let j = 0; j < x.nCols; j++) {
      const w = fit.weights[j]!;
      if (w === 0) expect(Math.abs(g[j]!)).toBeLessThanOrEqual(l1 + 1e-6);
      else expect(Math.abs(g[j]! + l1 * Math.sign(w))).toBeLessThan(1e-6);
    }
    expect(Math.abs(sum(r))).toBeLessThan(1e-6);
  });

  it('reports the documented L1 objective ‖w‖₁ + C·Σ log-loss', () => {
    const C = 0.05;
    const fit = fitLogisticRegression(x, y, { penalty: 'l1', C });
    const z = new Float64Array(x.nRows);
    computeMargins(x, fit.weights, fit.intercept, z);
    let loss = 0;
    z.forEach((zi, i) => (loss += Math.log1p(Math.exp(zi)) - y[i]! * zi));
    const abs = fit.weights.reduce((a, w) => a + Math.abs(w), 0);
    expect(fit.objective).toBeCloseTo(abs + C * loss, 8);
  });

  it('reduces elastic net with l1Ratio 0 to L2 and l1Ratio 1 to L1', () => {
    const opts = { C: 0.1, tol: 1e-7, ftol: 0, maxIter: 2000 } as const;
    const l2 = fitLogisticRegression(x, y, { ...opts, penalty: 'l2' });
    const en0 = fitLogisticRegression(x, y, { ...opts, penalty: 'elasticnet', l1Ratio: 0 });
    expect(Array.from(en0.weights)).toEqual(Array.from(l2.weights));
    const l1 = fitLogisticRegression(x, y, { ...opts, penalty: 'l1' });
    const en1 = fitLogisticRegression(x, y, { ...opts, penalty: 'elasticnet', l1Ratio: 1 });
    expect(en1.objective).toBeCloseTo(l1.objective, 8);
    const mixed = fitLogisticRegression(x, y, { ...opts, penalty: 'elasticnet', l1Ratio: 0.5 });
    expect(mixed.nonZeroCount).toBeLessThanOrEqual(l2.nonZeroCount);
    expect(mixed.nonZeroCount).toBeGreaterThanOrEqual(l1.nonZeroCount);
  });
});
