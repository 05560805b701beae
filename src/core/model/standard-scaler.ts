import type { Matrix } from './matrix.js';

/** Per-column centring and scaling learned from training data, like sklearn's StandardScaler. */
export interface Scaler {
  readonly mean: Float64Array;
  /** Population standard deviation; 1 for (numerically) constant columns. */
  readonly scale: Float64Array;
}

/**
 * Learns column means and population standard deviations, each column from its present (non-NaN)
 * entries only: NaN marks a feature that does not apply to that pair, so it says nothing about
 * the column's spread. A column counts as constant when its variance is within floating-point
 * error of zero (sklearn's `_is_constant_feature` bound), and then gets scale 1 so it maps to 0
 * instead of dividing by ~0; a column with no present entry gets mean 0 and scale 1.
 */
export function fitStandardScaler(x: Matrix): Scaler {
  const { data, nRows, nCols } = x;
  const mean = new Float64Array(nCols);
  const variance = new Float64Array(nCols);
  const count = new Float64Array(nCols);
  if (nRows === 0) return { mean, scale: new Float64Array(nCols).fill(1) };
  for (let i = 0; i < nRows; i++) {
    const off = i * nCols;
    for (let j = 0; j < nCols; j++) {
      const v = data[off + j]!;
      if (v === v) {
        mean[j]! += v;
        count[j]!++;
      }
    }
  }
  for (let j = 0; j < nCols; j++) mean[j] = count[j]! > 0 ? mean[j]! / count[j]! : 0;
  for (let i = 0; i < nRows; i++) {
    const off = i * nCols;
    for (let j = 0; j < nCols; j++) {
      const d = data[off + j]! - mean[j]!;
      if (d === d) variance[j]! += d * d;
    }
  }
  const scale = new Float64Array(nCols);
  const eps = Number.EPSILON;
  for (let j = 0; j < nCols; j++) {
    const n = count[j]!;
    const v = n > 0 ? variance[j]! / n : 0;
    const bound = n * eps * v + (n * mean[j]! * eps) ** 2;
    scale[j] = v <= bound ? 1 : Math.sqrt(v);
  }
  return { mean, scale };
}

/**
 * Replaces every missing (NaN) entry of `x` by its column's mean, in place: after scaling it is 0,
 * so a feature that does not apply adds nothing to the logit (the population's mean, not a 0).
 */
export function fillMissingWithMean(scaler: Scaler, x: Matrix): void {
  const { data, nRows, nCols } = x;
  for (let i = 0; i < nRows; i++) {
    const off = i * nCols;
    for (let j = 0; j < nCols; j++)
      if (data[off + j] !== data[off + j]) data[off + j] = scaler.mean[j]!;
  }
}

/** Returns a new matrix with every column centred and scaled: (x − mean) / scale. */
export function applyScaler(scaler: Scaler, x: Matrix): Matrix {
  const { data, nRows, nCols } = x;
  if (nCols !== scaler.mean.length) {
    throw new RangeError(`scaler has ${scaler.mean.length} columns, matrix has ${nCols}`);
  }
  const out = new Float64Array(data.length);
  for (let i = 0; i < nRows; i++) {
    const off = i * nCols;
    for (let j = 0; j < nCols; j++)
      out[off + j] = (data[off + j]! - scaler.mean[j]!) / scaler.scale[j]!;
  }
  return { data: out, nRows, nCols };
}
