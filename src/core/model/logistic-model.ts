import { computeMargins } from './logistic-loss.js';
import type { Matrix } from './matrix.js';
import type { Scaler } from './standard-scaler.js';

/**
 * A logistic model ready to score raw (unscaled) feature rows. `weights` and `intercept` are in
 * the standardized space the model was fitted in (comparable across features, what reports show);
 * `inputWeights` / `inputIntercept` fold the scaler in, so scoring is one dot product per row.
 */
export interface LogisticModel {
  readonly weights: Float64Array;
  readonly intercept: number;
  readonly scaler: Scaler | null;
  readonly inputWeights: Float64Array;
  readonly inputIntercept: number;
}

/**
 * Builds a model from fitted weights and the scaler the training matrix went through (null when
 * the fit was on raw features): w'ⱼ = wⱼ / scaleⱼ and b' = b − Σ wⱼ·meanⱼ / scaleⱼ.
 */
export function createLogisticModel(
  fitted: { readonly weights: Float64Array; readonly intercept: number },
  scaler: Scaler | null,
): LogisticModel {
  const weights = Float64Array.from(fitted.weights);
  if (scaler === null) {
    return {
      weights,
      intercept: fitted.intercept,
      scaler,
      inputWeights: weights,
      inputIntercept: fitted.intercept,
    };
  }
  if (scaler.mean.length !== weights.length || scaler.scale.length !== weights.length) {
    throw new RangeError(
      `scaler has ${scaler.mean.length} columns, the model has ${weights.length} weights`,
    );
  }
  const inputWeights = new Float64Array(weights.length);
  let inputIntercept = fitted.intercept;
  for (let j = 0; j < weights.length; j++) {
    inputWeights[j] = weights[j]! / scaler.scale[j]!;
    inputIntercept -= inputWeights[j]! * scaler.mean[j]!;
  }
  return { weights, intercept: fitted.intercept, scaler, inputWeights, inputIntercept };
}

/**
 * The log-odds x·w + b for one raw row starting at `offset` of `x` (so rows of a flat matrix can
 * be scored without views). Allocation-free.
 */
export function decisionFunction(model: LogisticModel, x: ArrayLike<number>, offset = 0): number {
  const w = model.inputWeights;
  const n = w.length;
  const tail = n - (n % 4);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j < tail; j += 4) {
    s0 += x[offset + j]! * w[j]!;
    s1 += x[offset + j + 1]! * w[j + 1]!;
    s2 += x[offset + j + 2]! * w[j + 2]!;
    s3 += x[offset + j + 3]! * w[j + 3]!;
  }
  for (; j < n; j++) s0 += x[offset + j]! * w[j]!;
  return s0 + s1 + (s2 + s3) + model.inputIntercept;
}

/** P(y = 1) for one raw row (at `offset`), the logistic of the decision function. */
export function predictProba(model: LogisticModel, x: ArrayLike<number>, offset = 0): number {
  const z = decisionFunction(model, x, offset);
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

function checkWidth(model: LogisticModel, x: Matrix): void {
  if (x.nCols !== model.inputWeights.length) {
    throw new RangeError(
      `matrix has ${x.nCols} columns, the model expects ${model.inputWeights.length}`,
    );
  }
}

/** Log-odds for every row of a raw matrix, written into `out` (allocated when omitted). */
export function decisionFunctionMany(
  model: LogisticModel,
  x: Matrix,
  out: Float64Array = new Float64Array(x.nRows),
): Float64Array {
  checkWidth(model, x);
  computeMargins(x, model.inputWeights, model.inputIntercept, out);
  return out;
}

/**
 * P(y = 1) for every row of a raw matrix, written into `out` (allocated when omitted). This is
 * the hot path (every occupation for one profile): the blocked margin kernel, then the logistic.
 */
export function predictProbaMany(
  model: LogisticModel,
  x: Matrix,
  out: Float64Array = new Float64Array(x.nRows),
): Float64Array {
  decisionFunctionMany(model, x, out);
  for (let i = 0; i < x.nRows; i++) {
    const z = out[i]!;
    if (z >= 0) {
      out[i] = 1 / (1 + Math.exp(-z));
    } else {
      const e = Math.exp(z);
      out[i] = e / (1 + e);
    }
  }
  return out;
}
