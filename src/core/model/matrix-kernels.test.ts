import { describe, expect, it } from 'vitest';
import { makeNoisyProblem } from '../../../test/support/make-noisy-problem.js';
import { createRng } from '../random/index.js';
import { fitLogisticRegression } from './logistic-regression.js';
import { createMatrixKernels, createScalarKernels } from './matrix-kernels.js';
import { toMatrix } from './matrix.js';
import { createSimdKernels } from './simd-kernels.js';

/** Bit patterns, so −0 and +0 or two NaNs with different payloads would count as different. */
const bits = (values: Float64Array) => Array.from(new BigUint64Array(values.slice().buffer));

describe('matrix kernels', () => {
  // Shapes around the 8-row gradient blocks, the 16-row margin tiles and odd column counts.
  const shapes = [0, 1, 7, 8, 9, 15, 16, 17, 31, 33, 100].flatMap((n) =>
    [1, 2, 3, 7, 150, 151].map((p) => [n, p] as const),
  );

  it('has WebAssembly SIMD on this runtime, so the fast kernels are what fitting uses', () => {
    expect(createSimdKernels(toMatrix(new Float64Array(6), 2, 3))).not.toBeNull();
  });

  it('gives bit-identical margins and gradients with SIMD and scalar kernels, for every shape', () => {
    const rng = createRng(31);
    for (const [n, p] of shapes) {
      const x = toMatrix(
        Float64Array.from({ length: n * p }, () => rng.normal(0, 3) * 10 ** (rng.int(7) - 3)),
        n,
        p,
      );
      const simd = createSimdKernels(x)!;
      const scalar = createScalarKernels(x);
      for (let trial = 0; trial < 3; trial++) {
        // w carries an extra entry (the intercept's slot), as in the solvers; it must be ignored.
        const w = Float64Array.from({ length: p + 1 }, () => rng.normal(0, 1));
        const r = Float64Array.from({ length: n }, () => rng.normal(0, 0.5));
        const b = rng.normal(0, 1);
        const [z1, z2] = [new Float64Array(n), new Float64Array(n)];
        simd.margins(w, b, z1);
        scalar.margins(w, b, z2);
        expect(bits(z1), `margins ${n}×${p}`).toEqual(bits(z2));
        const [g1, g2] = [new Float64Array(p + 1).fill(7), new Float64Array(p + 1).fill(7)];
        simd.gradient(r, g1);
        scalar.gradient(r, g2);
        expect(bits(g1), `gradient ${n}×${p}`).toEqual(bits(g2));
        expect(g1[p]).toBe(7); // the slot after the weights is left alone
      }
    }
  });

  it('gives the same numbers from an instance reused after a larger matrix (stale padding rows)', () => {
    const rng = createRng(5);
    const matrix = (n: number, p: number) =>
      toMatrix(
        Float64Array.from({ length: n * p }, () => rng.normal(0, 2)),
        n,
        p,
      );
    createSimdKernels(matrix(40, 9))!.release();
    const x = matrix(17, 9);
    const reused = createSimdKernels(x)!;
    const w = Float64Array.from({ length: 9 }, () => rng.normal(0, 1));
    const r = Float64Array.from({ length: 17 }, () => rng.normal(0, 1));
    const [z1, z2, g1, g2] = [17, 17, 9, 9].map((k) => new Float64Array(k)) as Float64Array[];
    reused.margins(w, 0.25, z1!);
    reused.gradient(r, g1!);
    createScalarKernels(x).margins(w, 0.25, z2!);
    createScalarKernels(x).gradient(r, g2!);
    expect(bits(z1!)).toEqual(bits(z2!));
    expect(bits(g1!)).toEqual(bits(g2!));
    reused.release();
  });

  it('computes the textbook X·w + b and Xᵀ·r', () => {
    const x = toMatrix(Float64Array.from([1, 2, 3, 4, 5, 6]), 3, 2);
    const kernels = createMatrixKernels(x);
    const z = new Float64Array(3);
    kernels.margins(Float64Array.from([0.5, -1]), 2, z);
    expect(Array.from(z)).toEqual([0.5, -0.5, -1.5]);
    const g = new Float64Array(2);
    kernels.gradient(Float64Array.from([1, 0, -2]), g);
    expect(Array.from(g)).toEqual([1 - 10, 2 - 12]);
  });

  it('fits bit-identical models with either kernel, for L2 and for L1', () => {
    const { x, y } = makeNoisyProblem(12, 203, 13);
    for (const penalty of ['l2', 'l1'] as const) {
      const simd = fitLogisticRegression(x, y, { penalty, C: 0.5, kernels: 'simd' });
      const scalar = fitLogisticRegression(x, y, { penalty, C: 0.5, kernels: 'scalar' });
      expect(bits(simd.weights)).toEqual(bits(scalar.weights));
      expect(simd.intercept).toBe(scalar.intercept);
      expect(simd.iterations).toBe(scalar.iterations);
    }
  });
});
