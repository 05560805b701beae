import type { Matrix } from './matrix.js';

/*
 * The inner loops of fitting. Labels are y ∈ {0, 1}; per-sample loss with margin z is
 * ℓ(z) = log(1 + e^z) − y·z (= −log σ(z) for y = 1, −log(1 − σ(z)) for y = 0), and
 * dℓ/dz = σ(z) − y. One exp and one log1p per sample keep it exact for any |z|.
 */

/**
 * out[i] = x_i · w + b for every row. Four rows at a time: each weight is loaded once per four
 * rows and the four sums are independent add chains, which roughly halves the time per pass.
 */
export function computeMargins(x: Matrix, w: Float64Array, b: number, out: Float64Array): void {
  const { data, nRows, nCols } = x;
  let i = 0;
  for (; i + 3 < nRows; i += 4) {
    const r0 = i * nCols;
    const r1 = r0 + nCols;
    const r2 = r1 + nCols;
    const r3 = r2 + nCols;
    let s0 = b;
    let s1 = b;
    let s2 = b;
    let s3 = b;
    for (let j = 0; j < nCols; j++) {
      const wj = w[j]!;
      s0 += data[r0 + j]! * wj;
      s1 += data[r1 + j]! * wj;
      s2 += data[r2 + j]! * wj;
      s3 += data[r3 + j]! * wj;
    }
    out[i] = s0;
    out[i + 1] = s1;
    out[i + 2] = s2;
    out[i + 3] = s3;
  }
  for (; i < nRows; i++) {
    const r0 = i * nCols;
    let s = b;
    for (let j = 0; j < nCols; j++) s += data[r0 + j]! * w[j]!;
    out[i] = s;
  }
}

/**
 * Returns Σ sᵢ·ℓ(zᵢ) and writes the weighted residuals rᵢ = sᵢ·(σ(zᵢ) − yᵢ), the gradient of the
 * summed loss with respect to each margin.
 */
export function lossAndResiduals(
  z: Float64Array,
  y: Float64Array,
  sampleWeight: Float64Array,
  residual: Float64Array,
): number {
  let loss = 0;
  for (let i = 0; i < z.length; i++) {
    const zi = z[i]!;
    const si = sampleWeight[i]!;
    const e = Math.exp(-Math.abs(zi));
    const p = zi >= 0 ? 1 / (1 + e) : e / (1 + e);
    const yi = y[i]!;
    loss += si * ((zi > 0 ? zi : 0) + Math.log1p(e) - yi * zi);
    residual[i] = si * (p - yi);
  }
  return loss;
}

/**
 * Loss and its derivative along a line: with margins z + α·dz, returns Σ sᵢ·ℓ and
 * Σ sᵢ·(σ − y)·dzᵢ. O(rows): the line search never touches the feature matrix.
 */
export function lossAlongLine(
  z: Float64Array,
  dz: Float64Array,
  alpha: number,
  y: Float64Array,
  sampleWeight: Float64Array,
): { loss: number; slope: number } {
  let loss = 0;
  let slope = 0;
  for (let i = 0; i < z.length; i++) {
    const zi = z[i]! + alpha * dz[i]!;
    const si = sampleWeight[i]!;
    const e = Math.exp(-Math.abs(zi));
    const p = zi >= 0 ? 1 / (1 + e) : e / (1 + e);
    const yi = y[i]!;
    loss += si * ((zi > 0 ? zi : 0) + Math.log1p(e) - yi * zi);
    slope += si * (p - yi) * dz[i]!;
  }
  return { loss, slope };
}

/** out = Xᵀ·r (overwritten); four rows per sweep so each out[j] is loaded and stored 4× less. */
export function computeGradient(x: Matrix, residual: Float64Array, out: Float64Array): void {
  const { data, nRows, nCols } = x;
  out.fill(0);
  let i = 0;
  for (; i + 3 < nRows; i += 4) {
    const q0 = residual[i]!;
    const q1 = residual[i + 1]!;
    const q2 = residual[i + 2]!;
    const q3 = residual[i + 3]!;
    const r0 = i * nCols;
    const r1 = r0 + nCols;
    const r2 = r1 + nCols;
    const r3 = r2 + nCols;
    for (let j = 0; j < nCols; j++) {
      out[j]! += q0 * data[r0 + j]! + q1 * data[r1 + j]! + q2 * data[r2 + j]! + q3 * data[r3 + j]!;
    }
  }
  for (; i < nRows; i++) {
    const q = residual[i]!;
    const r0 = i * nCols;
    for (let j = 0; j < nCols; j++) out[j]! += q * data[r0 + j]!;
  }
}

/** Σ rᵢ, the gradient with respect to the intercept. */
export function sum(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s;
}

/** a · b over the first `n` entries (all of `a` by default). */
export function dot(a: Float64Array, b: Float64Array, n = a.length): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += a[i]! * b[i]!;
  return s;
}

/** max |vᵢ| over the first `n` entries (all by default). */
export function maxAbs(v: Float64Array, n = v.length): number {
  let m = 0;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(v[i]!);
    if (a > m) m = a;
  }
  return m;
}
