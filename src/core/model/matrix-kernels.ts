import { computeGradient, computeMargins } from './logistic-loss.js';
import type { Matrix } from './matrix.js';
import { createSimdKernels } from './simd-kernels.js';

/**
 * The two passes over the feature matrix that fitting repeats, bound to one matrix: margins
 * out = X·w + b, and the gradient out = Xᵀ·r. Every implementation gives bit-for-bit the same
 * numbers, so which one runs never changes a fitted model.
 */
export interface MatrixKernels {
  readonly nRows: number;
  readonly nCols: number;
  /** out[i] = x_i · w + b (w's first nCols entries are read). */
  margins(w: Float64Array, b: number, out: Float64Array): void;
  /** out[j] = Σᵢ r_i · x_ij for j < nCols (out's later entries are left alone). */
  gradient(residual: Float64Array, out: Float64Array): void;
  /** Hands back what the kernels hold (memory for the next fit); they must not be used after. */
  release(): void;
}

/**
 * Which kernels to use: 'simd' (WebAssembly, two float64 lanes, about 4–7× faster; the scalar
 * ones where WebAssembly SIMD is missing or the matrix is over 1 GiB) or 'scalar' (TypeScript).
 */
export type KernelChoice = 'simd' | 'scalar';

/** The scalar TypeScript kernels over `x` itself (no copy). */
export function createScalarKernels(x: Matrix): MatrixKernels {
  const gradient = new Float64Array(x.nCols);
  return {
    nRows: x.nRows,
    nCols: x.nCols,
    margins: (w, b, out) => computeMargins(x, w, b, out),
    gradient: (residual, out) => {
      computeGradient(x, residual, gradient);
      out.set(gradient);
    },
    release: () => undefined,
  };
}

/** Kernels for fitting on `x`: the SIMD ones when chosen and available, else the scalar ones. */
export function createMatrixKernels(x: Matrix, choice: KernelChoice = 'simd'): MatrixKernels {
  return (choice === 'simd' ? createSimdKernels(x) : null) ?? createScalarKernels(x);
}
