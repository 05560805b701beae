import type { MatrixKernels } from './matrix-kernels.js';
import type { Matrix } from './matrix.js';

/**
 * What a solver minimizes, on scikit-learn's internal scale (the documented objective divided
 * by C): F(w, b) = Σ sᵢ·ℓᵢ + (l2/2)·‖w‖² + l1·‖w‖₁, the intercept b never penalized.
 */
export interface SolverProblem {
  readonly x: Matrix;
  /** The passes over `x` (margins and gradient). */
  readonly kernels: MatrixKernels;
  readonly y: Float64Array;
  readonly sampleWeight: Float64Array;
  readonly fitIntercept: boolean;
  readonly l2: number;
  readonly l1: number;
  readonly maxIter: number;
  /** Stop when max |∇F| (pseudo-gradient for L1) ≤ tol. */
  readonly tol: number;
  /** Stop when the relative decrease of F in one iteration ≤ ftol (as scipy's L-BFGS-B). */
  readonly ftol: number;
  /** Number of curvature pairs kept. */
  readonly memory: number;
}

/**
 * Why a solver stopped: the gradient test, the relative-decrease test, the iteration cap, a
 * line search that found no decrease while the predicted decrease was below 1e-10·max(1, |F|)
 * (`precision`: optimal to working precision), or one that failed for another reason.
 */
export type StopReason = 'gradient' | 'objective' | 'precision' | 'max-iterations' | 'line-search';

/** Classifies a failed line search from the predicted decrease −∇F·d along the direction. */
export function lineSearchStop(slope: number, value: number): StopReason {
  return Math.abs(slope) <= 1e-10 * Math.max(1, Math.abs(value)) ? 'precision' : 'line-search';
}

/**
 * The stop after an accepted step from F = `value` to `newValue`: the gradient test first, then
 * the relative decrease (only when ftol > 0); null to go on.
 */
export function convergenceStop(
  gradientMaxAbs: number,
  tol: number,
  value: number,
  newValue: number,
  ftol: number,
): StopReason | null {
  if (gradientMaxAbs <= tol) return 'gradient';
  const scale = Math.max(Math.abs(value), Math.abs(newValue), 1);
  return ftol > 0 && value - newValue <= ftol * scale ? 'objective' : null;
}

/** A solver's answer: θ = (w, b) with b last when the intercept is fitted. */
export interface SolverResult {
  readonly theta: Float64Array;
  readonly iterations: number;
  readonly stopReason: StopReason;
  /** F at θ, recomputed from scratch. */
  readonly value: number;
  /** max |∇F| (pseudo-gradient for L1) at θ. */
  readonly gradientMaxAbs: number;
  /** Passes over the feature matrix (margins or gradient), a machine-independent cost. */
  readonly matrixPasses: number;
}
