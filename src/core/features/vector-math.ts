/** Σ x² in index order (the same sum, bit for bit, that a loop-based cosine forms). */
export function sumOfSquares(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]! * x[i]!;
  return s;
}

/** `x` minus its mean (summed in index order, as the correlations do), as a new array. */
export function toCentred(x: ArrayLike<number>): Float64Array {
  let mean = 0;
  for (let i = 0; i < x.length; i++) mean += x[i]!;
  mean /= x.length;
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i]! - mean;
  return out;
}

/** Indices i < n with x[i] ≠ 0, ascending. */
export function nonZeroIndices(x: ArrayLike<number>, n: number = x.length): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (x[i] !== 0) out.push(i);
  return out;
}

/** Cosine similarity of two vectors; 0 when either is all zeros. */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Dot product of `a` and `b` over the listed indices only. */
export function sparseDot(indices: readonly number[], a: ArrayLike<number>, b: ArrayLike<number>) {
  let dot = 0;
  for (let t = 0; t < indices.length; t++) {
    const i = indices[t]!;
    dot += a[i]! * b[i]!;
  }
  return dot;
}

/** Dot product of two vectors of the same length. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** dot / √(normSqA · normSqB), 0 when either norm is 0: the cosine from precomputed norms. */
export function cosineOf(dotProduct: number, normSqA: number, normSqB: number): number {
  return normSqA === 0 || normSqB === 0 ? 0 : dotProduct / Math.sqrt(normSqA * normSqB);
}
