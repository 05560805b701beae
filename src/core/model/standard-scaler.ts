import type { Matrix } from './matrix.js';

/** Per-column centring and scaling learned from training data, like sklearn's StandardScaler. */
export interface Scaler {
  readonly mean: Float64Array;
  /** Population standard deviation; 1 for (numerically) constant columns. */
  readonly scale: Float64Array;
}

/**
 * Learns column means and population standard deviations. A column counts as constant when its
 * variance is within floating-point error of zero (sklearn's `_is_constant_feature` bound), and
 * then gets scale 1 so it maps to 0 instead of dividing by ~0.
 */
export function fitStandardScaler(x: Matrix): Scaler {
  const { data, nRows, nCols } = x;
  const mean = new Float64Array(nCols);
  const variance = new Float64Array(nCols);
  if (nRows === 0) return { mean, scale: new Float64Array(nCols).fill(1) };
  for (let i = 0; i < nRows; i++) {
    const off = i * nCols;
    for (let j = 0; j < nCols; j++) mean[j]! += data[off + j]!;
  }
  for (let j = 0; j < nCols; j++) mean[j]! /= nRows;
  for (let i = 0; i < nRows; i++) {
    const off = i * nCols;
    for (let j = 0; j < nCols; j++) {
      const d = data[off + j]! - mean[j]!;
      variance[j]! += d * d;
    }
  }
  const scale = new Float64Array(nCols);
  const eps = Number.EPSILON;
  for (let j = 0; j < nCols; j++) {
    const v = variance[j]! / nRows;
    const bound = nRows * eps * v + (nRows * mean[j]! * eps) ** 2;
    scale[j] = v <= bound ? 1 : Math.sqrt(v);
  }
  return { mean, scale };
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
