import { createLbfgsMemory, lbfgsDirection, pushPair, resetMemory } from './lbfgs-memory.js';
import {
  computePenalizedGradient,
  dot,
  lossAlongLine,
  lossAndResiduals,
  maxAbs,
} from './logistic-loss.js';
import {
  convergenceStop,
  lineSearchStop,
  type SolverProblem,
  type SolverResult,
  type StopReason,
} from './solver-types.js';
import { strongWolfeSearch } from './wolfe-line-search.js';

/**
 * L-BFGS for the smooth objectives (L2 or no penalty). Each iteration costs two passes over the
 * matrix: dz = X·d for the search direction, and Xᵀr for the new gradient. The margins are
 * updated as z += α·dz, so the strong Wolfe line search works on O(rows) vectors only.
 * The first step (and the first after a reset) has unit length α·‖d‖ = 1, as in scipy's L-BFGS-B.
 */
export function minimizeLbfgs(problem: SolverProblem): SolverResult {
  const { x, kernels, y, sampleWeight, fitIntercept, l2, maxIter, tol, ftol } = problem;
  const p = x.nCols;
  const size = p + (fitIntercept ? 1 : 0);
  const theta = new Float64Array(size);
  const g = new Float64Array(size);
  const gOld = new Float64Array(size);
  const d = new Float64Array(size);
  const step = new Float64Array(size);
  const z = new Float64Array(x.nRows);
  const dz = new Float64Array(x.nRows);
  const r = new Float64Array(x.nRows);
  const memory = createLbfgsMemory(size, problem.memory);
  let matrixPasses = 0;

  /** ∇F at θ from the residuals r (already computed for θ's margins). */
  const gradientFromResiduals = (): void => {
    computePenalizedGradient(kernels, r, theta, l2, fitIntercept, g);
    matrixPasses += 1;
  };

  // θ = 0: margins 0, no penalty yet.
  let value = lossAndResiduals(z, y, sampleWeight, r);
  gradientFromResiduals();
  let gradientMaxAbs = maxAbs(g);
  let iterations = 0;
  let stopReason: StopReason | null = gradientMaxAbs <= tol ? 'gradient' : null;

  while (stopReason === null) {
    if (iterations >= maxIter) {
      stopReason = 'max-iterations';
      break;
    }
    lbfgsDirection(memory, g, d);
    let slope0 = dot(g, d);
    if (!(slope0 < 0)) {
      resetMemory(memory);
      lbfgsDirection(memory, g, d);
      slope0 = dot(g, d);
    }
    const alphaInit = memory.count === 0 ? 1 / Math.sqrt(dot(d, d)) : 1;
    kernels.margins(d, fitIntercept ? d[p]! : 0, dz);
    matrixPasses += 1;
    const ww = dot(theta, theta, p);
    const wd = dot(theta, d, p);
    const dd = dot(d, d, p);
    let lastAlpha = Number.NaN;
    /** φ(α) = F(θ + α·d) and φ'(α); leaves the residuals of θ + α·d in r. */
    const phi = (alpha: number) => {
      lastAlpha = alpha;
      const line = lossAlongLine(z, dz, alpha, y, sampleWeight, r);
      return {
        value: line.loss + 0.5 * l2 * (ww + 2 * alpha * wd + alpha * alpha * dd),
        slope: line.slope + l2 * (wd + alpha * dd),
      };
    };
    const search = strongWolfeSearch(phi, value, slope0, alphaInit);
    if (search.point === null) {
      if (memory.count > 0) {
        resetMemory(memory);
        continue;
      }
      stopReason = lineSearchStop(slope0, value);
      break;
    }
    const alpha = search.point.alpha;
    // r must hold the residuals of the accepted point (usually the last one evaluated).
    const newValue = alpha === lastAlpha ? search.point.value : phi(alpha).value;
    for (let j = 0; j < size; j++) {
      step[j] = alpha * d[j]!;
      theta[j]! += step[j]!;
    }
    for (let i = 0; i < z.length; i++) z[i]! += alpha * dz[i]!;
    gOld.set(g);
    gradientFromResiduals();
    iterations += 1;
    for (let j = 0; j < size; j++) gOld[j] = g[j]! - gOld[j]!;
    pushPair(memory, step, gOld);
    gradientMaxAbs = maxAbs(g);
    stopReason = convergenceStop(gradientMaxAbs, tol, value, newValue, ftol);
    value = newValue;
  }

  // The margins were updated incrementally; recompute them so the reported value is exact.
  kernels.margins(theta, fitIntercept ? theta[p]! : 0, z);
  matrixPasses += 1;
  value = lossAndResiduals(z, y, sampleWeight, r) + 0.5 * l2 * dot(theta, theta, p);
  return { theta, iterations, stopReason, value, gradientMaxAbs, matrixPasses };
}
