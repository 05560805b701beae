import { createLbfgsMemory, lbfgsDirection, pushPair, resetMemory } from './lbfgs-memory.js';
import { computePenalizedGradient, dot, lossAndResiduals, maxAbs } from './logistic-loss.js';
import {
  convergenceStop,
  lineSearchStop,
  type SolverProblem,
  type SolverResult,
  type StopReason,
} from './solver-types.js';

/**
 * Pseudo-gradient of F = f + l1·‖w‖₁ (Andrew & Gao 2007): the one-sided derivative that points
 * downhill, and 0 where the subdifferential at wⱼ = 0 contains 0. The intercept has no L1 term.
 */
function pseudoGradient(
  theta: Float64Array,
  g: Float64Array,
  l1: number,
  p: number,
  out: Float64Array,
): void {
  for (let j = 0; j < theta.length; j++) {
    const gj = g[j]!;
    const wj = theta[j]!;
    if (j >= p) out[j] = gj;
    else if (wj > 0) out[j] = gj + l1;
    else if (wj < 0) out[j] = gj - l1;
    else if (gj + l1 < 0) out[j] = gj + l1;
    else if (gj - l1 > 0) out[j] = gj - l1;
    else out[j] = 0;
  }
}

/**
 * OWL-QN (orthant-wise limited-memory quasi-Newton) for L1 and elastic-net penalties: L-BFGS
 * directions from the pseudo-gradient, each step projected onto the orthant it started in, so
 * coefficients that cross zero become exactly zero. Backtracking (Armijo) line search.
 */
export function minimizeOwlqn(problem: SolverProblem): SolverResult {
  const { x, kernels, y, sampleWeight, fitIntercept, l2, l1, maxIter, tol, ftol } = problem;
  const p = x.nCols;
  const size = p + (fitIntercept ? 1 : 0);
  let theta = new Float64Array(size);
  let candidate = new Float64Array(size);
  let g = new Float64Array(size);
  let gNew = new Float64Array(size);
  const pg = new Float64Array(size);
  const d = new Float64Array(size);
  const orthant = new Float64Array(p);
  const step = new Float64Array(size);
  const diff = new Float64Array(size);
  const z = new Float64Array(x.nRows);
  const r = new Float64Array(x.nRows);
  const memory = createLbfgsMemory(size, problem.memory);
  let matrixPasses = 0;

  const penalty = (w: Float64Array): number => {
    let abs = 0;
    for (let j = 0; j < p; j++) abs += Math.abs(w[j]!);
    return 0.5 * l2 * dot(w, w, p) + l1 * abs;
  };
  /** F at w (margins + residuals into z and r); the gradient is computed only on acceptance. */
  const valueAt = (w: Float64Array): number => {
    kernels.margins(w, fitIntercept ? w[p]! : 0, z);
    matrixPasses += 1;
    return lossAndResiduals(z, y, sampleWeight, r) + penalty(w);
  };
  const gradientInto = (w: Float64Array, out: Float64Array): void => {
    computePenalizedGradient(kernels, r, w, l2, fitIntercept, out);
    matrixPasses += 1;
  };

  let value = valueAt(theta);
  gradientInto(theta, g);
  pseudoGradient(theta, g, l1, p, pg);
  let gradientMaxAbs = maxAbs(pg);
  let iterations = 0;
  let stopReason: StopReason | null = gradientMaxAbs <= tol ? 'gradient' : null;

  while (stopReason === null) {
    if (iterations >= maxIter) {
      stopReason = 'max-iterations';
      break;
    }
    lbfgsDirection(memory, pg, d);
    for (let j = 0; j < size; j++) if (d[j]! * pg[j]! >= 0) d[j] = 0;
    if (!(dot(pg, d) < 0)) {
      // Not a descent direction after the sign constraint: fall back to steepest descent.
      resetMemory(memory);
      for (let j = 0; j < size; j++) d[j] = -pg[j]!;
    }
    for (let j = 0; j < p; j++) {
      const wj = theta[j]!;
      orthant[j] = wj !== 0 ? Math.sign(wj) : Math.sign(-pg[j]!);
    }
    let alpha = memory.count === 0 ? 1 / Math.sqrt(dot(d, d)) : 1;
    let accepted = false;
    let newValue = value;
    // Steps shorter than this cannot change θ in floating point: stop backtracking there.
    const minStep = (1e-15 * Math.max(1, maxAbs(theta))) / Math.max(maxAbs(d), Number.MIN_VALUE);
    for (let trial = 0; trial < 60 && alpha >= minStep; trial++) {
      for (let j = 0; j < size; j++) candidate[j] = theta[j]! + alpha * d[j]!;
      for (let j = 0; j < p; j++) if (candidate[j]! * orthant[j]! <= 0) candidate[j] = 0;
      for (let j = 0; j < size; j++) diff[j] = candidate[j]! - theta[j]!;
      newValue = valueAt(candidate);
      // A strict decrease is required as well: near the optimum the Armijo bound lies within
      // rounding of F, and accepting "equal" values would let the method stall forever.
      if (newValue < value && newValue <= value + 1e-4 * dot(pg, diff)) {
        accepted = true;
        break;
      }
      alpha *= 0.5;
    }
    if (!accepted) {
      // Put the margins and residuals back to θ before stopping or retrying.
      value = valueAt(theta);
      if (memory.count > 0) {
        resetMemory(memory);
        continue;
      }
      stopReason = lineSearchStop(dot(pg, d), value);
      break;
    }
    gradientInto(candidate, gNew);
    iterations += 1;
    for (let j = 0; j < size; j++) {
      step[j] = candidate[j]! - theta[j]!;
      diff[j] = gNew[j]! - g[j]!;
    }
    pushPair(memory, step, diff);
    [theta, candidate] = [candidate, theta];
    [g, gNew] = [gNew, g];
    pseudoGradient(theta, g, l1, p, pg);
    gradientMaxAbs = maxAbs(pg);
    stopReason = convergenceStop(gradientMaxAbs, tol, value, newValue, ftol);
    value = newValue;
  }
  return { theta, iterations, stopReason, value, gradientMaxAbs, matrixPasses };
}
