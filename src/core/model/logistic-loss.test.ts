import { describe, expect, it } from 'vitest';
import {
  computeGradient,
  computeMargins,
  dot,
  lossAlongLine,
  lossAndResiduals,
  sum,
} from './logistic-loss.js';
import { makeNoisyProblem } from '../../../test/support/make-noisy-problem.js';
import { createRng } from '../random/index.js';

/** F(θ) = Σ sᵢ·ℓᵢ + (l2/2)·‖w‖², θ = (w, b), computed the slow, obvious way. */
function objective(
  xRows: number[][],
  y: Float64Array,
  s: Float64Array,
  theta: Float64Array,
  l2: number,
): number {
  const p = xRows[0]!.length;
  let total = 0;
  xRows.forEach((row, i) => {
    const z = row.reduce((acc, v, j) => acc + v * theta[j]!, theta[p]!);
    const prob = 1 / (1 + Math.exp(-z));
    total -= s[i]! * (y[i] === 1 ? Math.log(prob) : Math.log(1 - prob));
  });
  let ww = 0;
  for (let j = 0; j < p; j++) ww += theta[j]! ** 2;
  return total + 0.5 * l2 * ww;
}

describe('logistic loss and gradient', () => {
  const { x, y } = makeNoisyProblem(5, 37, 6); // 37 rows: exercises the 4-row blocks and the tail
  const p = x.nCols;
  const rows = Array.from({ length: x.nRows }, (_, i) =>
    Array.from(x.data.subarray(i * p, (i + 1) * p)),
  );
  const rng = createRng(8);
  const s = Float64Array.from({ length: x.nRows }, () => 0.2 + rng.next() * 2);
  const theta = Float64Array.from({ length: p + 1 }, () => rng.normal(0, 0.7));
  const l2 = 0.8;

  const analytic = () => {
    const z = new Float64Array(x.nRows);
    const r = new Float64Array(x.nRows);
    computeMargins(x, theta, theta[p]!, z);
    const loss = lossAndResiduals(z, y, s, r);
    const g = new Float64Array(p + 1);
    computeGradient(x, r, g);
    for (let j = 0; j < p; j++) g[j]! += l2 * theta[j]!;
    g[p] = sum(r);
    return { value: loss + 0.5 * l2 * dot(theta, theta, p), g, z };
  };

  it('computes the same objective as the textbook formula', () => {
    expect(analytic().value).toBeCloseTo(objective(rows, y, s, theta, l2), 10);
  });

  it('matches central finite differences in every coordinate, intercept included', () => {
    const { g } = analytic();
    const h = 1e-6;
    for (let k = 0; k <= p; k++) {
      const plus = Float64Array.from(theta);
      const minus = Float64Array.from(theta);
      plus[k]! += h;
      minus[k]! -= h;
      const numeric =
        (objective(rows, y, s, plus, l2) - objective(rows, y, s, minus, l2)) / (2 * h);
      expect(Math.abs(g[k]! - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
    }
  });

  it('gives the loss, slope and residuals along a line consistent with moving the margins', () => {
    const { z } = analytic();
    const dz = Float64Array.from(z, (_, i) => Math.sin(i));
    const h = 1e-6;
    const lineResidual = new Float64Array(z.length);
    const at = (a: number) => lossAlongLine(z, dz, a, y, s, lineResidual);
    const numeric = (at(0.3 + h).loss - at(0.3 - h).loss) / (2 * h);
    expect(at(0.3).slope).toBeCloseTo(numeric, 6);
    const moved = Float64Array.from(z, (v, i) => v + 0.3 * dz[i]!);
    const r = new Float64Array(z.length);
    expect(at(0.3).loss).toBeCloseTo(lossAndResiduals(moved, y, s, r), 10);
    for (let i = 0; i < z.length; i++) expect(lineResidual[i]).toBeCloseTo(r[i]!, 14);
  });

  it('stays finite and exact for huge margins', () => {
    const z = Float64Array.from([800, -800, 40, -40]);
    const labels = Float64Array.from([1, 0, 0, 1]);
    const r = new Float64Array(4);
    const loss = lossAndResiduals(z, labels, new Float64Array(4).fill(1), r);
    // Correct confident predictions cost ~0; the two wrong ones cost their margin (40 + e^-40).
    expect(loss).toBeCloseTo(80, 12);
    expect(Array.from(r)).toEqual([0, 0, 1, -1]);
  });
});
