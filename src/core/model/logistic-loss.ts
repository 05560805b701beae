import type { MatrixKernels } from './matrix-kernels.js';
import type { Matrix } from './matrix.js';

/*
 * The inner loops of fitting. Labels are y ∈ {0, 1}; per-sample loss with margin z is
 * ℓ(z) = log(1 + e^z) − y·z (= −log σ(z) for y = 1, −log(1 − σ(z)) for y = 0), and
 * dℓ/dz = σ(z) − y. One exp and one log1p per sample keep it exact for any |z|.
 */

/**
 * out[i] = x_i · w + b for every row. Eight rows at a time: each weight is loaded once per
 * eight rows and the eight sums are independent add chains (about 25 % faster than four).
 */
export function computeMargins(x: Matrix, w: Float64Array, b: number, out: Float64Array): void {
  const { data, nRows, nCols: p } = x;
  let i = 0;
  for (; i + 7 < nRows; i += 8) {
    const a = i * p;
    let s0 = b;
    let s1 = b;
    let s2 = b;
    let s3 = b;
    let s4 = b;
    let s5 = b;
    let s6 = b;
    let s7 = b;
    for (let j = 0; j < p; j++) {
      const wj = w[j]!;
      s0 += data[a + j]! * wj;
      s1 += data[a + p + j]! * wj;
      s2 += data[a + 2 * p + j]! * wj;
      s3 += data[a + 3 * p + j]! * wj;
      s4 += data[a + 4 * p + j]! * wj;
      s5 += data[a + 5 * p + j]! * wj;
      s6 += data[a + 6 * p + j]! * wj;
      s7 += data[a + 7 * p + j]! * wj;
    }
    out[i] = s0;
    out[i + 1] = s1;
    out[i + 2] = s2;
    out[i + 3] = s3;
    out[i + 4] = s4;
    out[i + 5] = s5;
    out[i + 6] = s6;
    out[i + 7] = s7;
  }
  for (; i < nRows; i++) {
    const a = i * p;
    let s = b;
    for (let j = 0; j < p; j++) s += data[a + j]! * w[j]!;
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
 * Σ sᵢ·(σ − y)·dzᵢ, and writes the residuals at that point into `residual` (so an accepted step
 * needs no second sweep of exp/log1p). O(rows): the line search never touches the matrix.
 */
export function lossAlongLine(
  z: Float64Array,
  dz: Float64Array,
  alpha: number,
  y: Float64Array,
  sampleWeight: Float64Array,
  residual: Float64Array,
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
    const ri = si * (p - yi);
    residual[i] = ri;
    slope += ri * dz[i]!;
  }
  return { loss, slope };
}

/** out = Xᵀ·r (overwritten); eight rows per sweep so each out[j] is loaded and stored 8× less. */
export function computeGradient(x: Matrix, residual: Float64Array, out: Float64Array): void {
  const { data, nRows, nCols: p } = x;
  out.fill(0);
  let i = 0;
  for (; i + 7 < nRows; i += 8) {
    const q0 = residual[i]!;
    const q1 = residual[i + 1]!;
    const q2 = residual[i + 2]!;
    const q3 = residual[i + 3]!;
    const q4 = residual[i + 4]!;
    const q5 = residual[i + 5]!;
    const q6 = residual[i + 6]!;
    const q7 = residual[i + 7]!;
    const a = i * p;
    for (let j = 0; j < p; j++) {
      out[j]! +=
        q0 * data[a + j]! +
        q1 * data[a + p + j]! +
        (q2 * data[a + 2 * p + j]! + q3 * data[a + 3 * p + j]!) +
        (q4 * data[a + 4 * p + j]! + q5 * data[a + 5 * p + j]!) +
        (q6 * data[a + 6 * p + j]! + q7 * data[a + 7 * p + j]!);
    }
  }
  for (; i < nRows; i++) {
    const q = residual[i]!;
    const a = i * p;
    for (let j = 0; j < p; j++) out[j]! += q * data[a + j]!;
  }
}

/**
 * out = ∇F of the penalized objective at θ from the residuals r of θ's margins: Xᵀr + l2·w for
 * the weights and Σr for the intercept (never penalized). One pass over the matrix.
 */
export function computePenalizedGradient(
  kernels: MatrixKernels,
  residual: Float64Array,
  theta: Float64Array,
  l2: number,
  fitIntercept: boolean,
  out: Float64Array,
): void {
  kernels.gradient(residual, out);
  const p = kernels.nCols;
  for (let j = 0; j < p; j++) out[j]! += l2 * theta[j]!;
  if (fitIntercept) out[p] = sum(residual);
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
