import { createMatrixKernels, type KernelChoice } from './matrix-kernels.js';
import type { Matrix } from './matrix.js';
import { minimizeLbfgs } from './minimize-lbfgs.js';
import { minimizeOwlqn } from './minimize-owlqn.js';
import { combineSampleWeights, toLabels, type ClassWeight } from './sample-weights.js';
import type { StopReason } from './solver-types.js';

/** Regularization: L2 (ridge), L1 (lasso), elastic net, or none. */
export type Penalty = 'l2' | 'l1' | 'elasticnet' | 'none';

/** Options of {@link fitLogisticRegression}; defaults follow scikit-learn 1.2. */
export interface LogisticRegressionOptions {
  /** Inverse regularization strength (default 1). */
  readonly C?: number;
  /** Default 'l2'. */
  readonly penalty?: Penalty;
  /** Share of L1 in the elastic-net penalty, 0…1 (required for 'elasticnet'). */
  readonly l1Ratio?: number;
  /** Per-row weights (default 1), multiplied by the class weight. */
  readonly sampleWeight?: ArrayLike<number>;
  readonly classWeight?: ClassWeight | null;
  /** Fit an unpenalized intercept (default true). */
  readonly fitIntercept?: boolean;
  /** Maximum quasi-Newton iterations (default 100). */
  readonly maxIter?: number;
  /** Stop when max |gradient of objective / C| ≤ tol, sklearn's lbfgs criterion (default 1e-4). */
  readonly tol?: number;
  /**
   * Stop when an iteration lowers objective / C by at most ftol relative to max(|F|, 1): scipy's
   * L-BFGS-B `ftol`, which sklearn 1.2 leaves at its default 2.22e-9. 0 disables it.
   */
  readonly ftol?: number;
  /**
   * L-BFGS memory, number of correction pairs (default 50; scipy uses 10). A pair costs
   * O(features) per iteration while an iteration costs two passes over the matrix, and on
   * correlated features the longer memory saves a third or more of the iterations.
   */
  readonly memory?: number;
  /**
   * The matrix passes: 'simd' (default; WebAssembly, where available) or 'scalar'. Both give
   * bit-for-bit the same fit; the choice only changes the time it takes.
   */
  readonly kernels?: KernelChoice;
}

/** The resolved, JSON-safe hyper-parameters of a fit (no per-row data). */
export interface LogisticRegressionParams {
  readonly C: number;
  readonly penalty: Penalty;
  readonly l1Ratio: number | null;
  readonly classWeight: ClassWeight | null;
  readonly fitIntercept: boolean;
  readonly maxIter: number;
  readonly tol: number;
  readonly ftol: number;
  readonly sampleWeighted: boolean;
}

/** A fitted logistic regression in the space of the matrix it was given. */
export interface LogisticFit {
  readonly weights: Float64Array;
  readonly intercept: number;
  readonly params: LogisticRegressionParams;
  readonly iterations: number;
  /** True when stopped by the gradient, relative-decrease or precision criterion. */
  readonly converged: boolean;
  readonly stopReason: StopReason;
  /** penalty(w) + C·Σ sᵢ·log(1 + exp(−ỹᵢ(xᵢ·w + b))), sklearn's documented primal objective. */
  readonly objective: number;
  /** max |∇(objective / C)| (pseudo-gradient with L1) at the solution. */
  readonly gradientMaxAbs: number;
  /** Number of weights that are not exactly zero. */
  readonly nonZeroCount: number;
  /** Passes over the feature matrix, a machine-independent measure of cost. */
  readonly matrixPasses: number;
}

/** Fills in defaults and checks ranges; throws RangeError on an impossible setting. */
export function resolveLogisticParams(
  options: LogisticRegressionOptions = {},
): LogisticRegressionParams {
  const penalty = options.penalty ?? 'l2';
  const params: LogisticRegressionParams = {
    C: options.C ?? 1,
    penalty,
    l1Ratio: penalty === 'elasticnet' ? (options.l1Ratio ?? Number.NaN) : null,
    classWeight: options.classWeight ?? null,
    fitIntercept: options.fitIntercept ?? true,
    maxIter: options.maxIter ?? 100,
    tol: options.tol ?? 1e-4,
    ftol: options.ftol ?? 2.220446049250313e-9,
    sampleWeighted: options.sampleWeight !== undefined,
  };
  if (!(params.C > 0) || !Number.isFinite(params.C)) {
    throw new RangeError(`C must be a positive number, got ${params.C}`);
  }
  if (params.l1Ratio !== null && !(params.l1Ratio >= 0 && params.l1Ratio <= 1)) {
    throw new RangeError(`penalty 'elasticnet' needs l1Ratio in [0, 1], got ${options.l1Ratio}`);
  }
  if (!Number.isSafeInteger(params.maxIter) || params.maxIter < 0) {
    throw new RangeError(`maxIter must be a non-negative integer, got ${params.maxIter}`);
  }
  if (!(params.tol >= 0) || !(params.ftol >= 0)) {
    throw new RangeError(`tol and ftol must be ≥ 0, got ${params.tol} and ${params.ftol}`);
  }
  return params;
}

/** Penalty split into (L2, L1) strengths on sklearn's internal scale (objective / C). */
function penaltyStrengths(params: LogisticRegressionParams): { l2: number; l1: number } {
  const inv = 1 / params.C;
  switch (params.penalty) {
    case 'l2':
      return { l2: inv, l1: 0 };
    case 'l1':
      return { l2: 0, l1: inv };
    case 'elasticnet':
      return { l2: inv * (1 - params.l1Ratio!), l1: inv * params.l1Ratio! };
    case 'none':
      return { l2: 0, l1: 0 };
  }
}

/**
 * Fits a binary logistic regression on a row-major matrix with labels in {0, 1}. L2 and no
 * penalty use L-BFGS with a strong Wolfe line search; L1 and elastic net use OWL-QN, which
 * yields exact zeros. For L2 the objective and stopping rule are scikit-learn 1.2's lbfgs ones.
 */
export function fitLogisticRegression(
  x: Matrix,
  y: ArrayLike<number>,
  options: LogisticRegressionOptions = {},
): LogisticFit {
  const params = resolveLogisticParams(options);
  const labels = toLabels(y, x.nRows);
  for (let i = 0; i < x.data.length; i++) {
    if (!Number.isFinite(x.data[i]!)) {
      throw new RangeError(
        `X has a non-finite value at row ${Math.floor(i / x.nCols)}, column ${i % x.nCols}`,
      );
    }
  }
  const sampleWeight = combineSampleWeights(labels, options.sampleWeight, params.classWeight);
  const { l2, l1 } = penaltyStrengths(params);
  const kernels = createMatrixKernels(x, options.kernels);
  const problem = {
    x,
    kernels,
    y: labels,
    sampleWeight,
    fitIntercept: params.fitIntercept,
    l2,
    l1,
    maxIter: params.maxIter,
    tol: params.tol,
    ftol: params.ftol,
    memory: options.memory ?? 50,
  };
  let result;
  try {
    result = l1 > 0 ? minimizeOwlqn(problem) : minimizeLbfgs(problem);
  } finally {
    kernels.release();
  }
  const weights = result.theta.slice(0, x.nCols);
  let nonZeroCount = 0;
  for (let j = 0; j < weights.length; j++) if (weights[j] !== 0) nonZeroCount += 1;
  return {
    weights,
    intercept: params.fitIntercept ? result.theta[x.nCols]! : 0,
    params,
    iterations: result.iterations,
    converged: result.stopReason !== 'max-iterations' && result.stopReason !== 'line-search',
    stopReason: result.stopReason,
    objective: params.C * result.value,
    gradientMaxAbs: result.gradientMaxAbs,
    nonZeroCount,
    matrixPasses: result.matrixPasses,
  };
}
