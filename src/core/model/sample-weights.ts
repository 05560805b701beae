import { AppError } from '../../errors.js';

/** Per-class weights: 'balanced' (n / (2·nₖ), as sklearn) or explicit weights for 0 and 1. */
export type ClassWeight = 'balanced' | { readonly 0: number; readonly 1: number };

/**
 * Checks the labels (each 0 or 1, both classes present) and returns them as a Float64Array.
 * A single-class training set is a user-fixable problem, hence an AppError.
 */
export function toLabels(y: ArrayLike<number>, nRows: number): Float64Array {
  if (y.length !== nRows) {
    throw new RangeError(`y has ${y.length} labels but X has ${nRows} rows`);
  }
  const labels = new Float64Array(nRows);
  let positives = 0;
  for (let i = 0; i < nRows; i++) {
    const v = y[i];
    if (v !== 0 && v !== 1) throw new RangeError(`y[${i}] must be 0 or 1, got ${String(v)}`);
    labels[i] = v;
    positives += v;
  }
  if (positives === 0 || positives === nRows) {
    throw new AppError(
      'VALIDATION_FAILED',
      `All ${nRows} training labels are ${positives === 0 ? 0 : 1}; logistic regression needs ` +
        'examples of both classes. Add labelled pairs of the other class and train again.',
    );
  }
  return labels;
}

/**
 * Combined weight sᵢ = sample weight × class weight of yᵢ. Balanced class weights come from the
 * label counts only, as in sklearn's compute_class_weight.
 */
export function combineSampleWeights(
  labels: Float64Array,
  sampleWeight?: ArrayLike<number>,
  classWeight?: ClassWeight | null,
): Float64Array {
  const n = labels.length;
  const out = new Float64Array(n).fill(1);
  if (sampleWeight !== undefined) {
    if (sampleWeight.length !== n) {
      throw new RangeError(`sampleWeight has ${sampleWeight.length} values, expected ${n}`);
    }
    for (let i = 0; i < n; i++) {
      const w = sampleWeight[i]!;
      if (!(w >= 0) || !Number.isFinite(w)) {
        throw new RangeError(`sampleWeight[${i}] must be finite and ≥ 0, got ${w}`);
      }
      out[i] = w;
    }
  }
  if (classWeight === undefined || classWeight === null) return out;
  let w0: number;
  let w1: number;
  if (classWeight === 'balanced') {
    let positives = 0;
    for (let i = 0; i < n; i++) positives += labels[i]!;
    w0 = n / (2 * (n - positives));
    w1 = n / (2 * positives);
  } else {
    w0 = classWeight[0];
    w1 = classWeight[1];
    if (!(w0 >= 0 && w1 >= 0 && Number.isFinite(w0) && Number.isFinite(w1))) {
      throw new RangeError(`class weights must be finite and ≥ 0, got {0: ${w0}, 1: ${w1}}`);
    }
  }
  for (let i = 0; i < n; i++) out[i]! *= labels[i] === 1 ? w1 : w0;
  return out;
}
