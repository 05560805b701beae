import { toMatrix, type Matrix } from '../../src/core/model/index.js';
import { createRng } from '../../src/core/random/index.js';

/** A labelled data set for the logistic-regression reference tests and benchmark. */
export interface ReferenceDataset {
  readonly x: Matrix;
  readonly y: Float64Array;
  /** Positive, uneven per-row weights (as if some pairs were worth more than others). */
  readonly sampleWeight: Float64Array;
}

/**
 * A seeded, deliberately realistic data set: columns driven by a few shared latent factors
 * (so they correlate), with their own offsets and scales, a block of 0/1 indicator columns,
 * a constant column; labels from a sparse true model plus a 5 % label flip, about 30 % positive.
 */
export function makeReferenceDataset(seed: number, nRows: number, nCols: number): ReferenceDataset {
  const rng = createRng(seed);
  const shape = rng.fork('shape');
  const factors = 8;
  const loadings = Array.from({ length: nCols }, () =>
    Array.from({ length: factors }, () => (shape.next() < 0.4 ? shape.normal(0, 0.8) : 0)),
  );
  const offsets = Array.from({ length: nCols }, () => shape.normal(0, 3));
  const scales = Array.from({ length: nCols }, () => Math.exp(shape.normal(0, 1)));
  const isBinary = Array.from({ length: nCols }, (_, j) => j % 10 === 7);
  const trueWeights = Array.from({ length: nCols }, () =>
    shape.next() < 0.25 ? shape.normal(0, 0.6) : 0,
  );

  const rows = rng.fork('rows');
  const data = new Float64Array(nRows * nCols);
  const y = new Float64Array(nRows);
  const sampleWeight = new Float64Array(nRows);
  const latent = new Float64Array(factors);
  for (let i = 0; i < nRows; i++) {
    for (let f = 0; f < factors; f++) latent[f] = rows.normal();
    let logit = -1.2;
    for (let j = 0; j < nCols; j++) {
      let v = rows.normal(0, 0.7);
      for (let f = 0; f < factors; f++) v += loadings[j]![f]! * latent[f]!;
      logit += trueWeights[j]! * v;
      data[i * nCols + j] =
        j === nCols - 1 ? 4.2 : isBinary[j] ? (v > 0.3 ? 1 : 0) : offsets[j]! + scales[j]! * v;
    }
    const p = 1 / (1 + Math.exp(-logit));
    const label = rows.next() < p ? 1 : 0;
    y[i] = rows.next() < 0.05 ? 1 - label : label;
    sampleWeight[i] = 0.25 + 1.75 * rows.next();
  }
  return { x: toMatrix(data, nRows, nCols), y, sampleWeight };
}
