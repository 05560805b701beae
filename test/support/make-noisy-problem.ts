import { createRng } from '../../src/core/random/index.js';
import { toMatrix, type Matrix } from '../../src/core/model/matrix.js';

/**
 * A small seeded classification problem for this folder's tests: Gaussian features with a few
 * correlated pairs, labels drawn from a known logistic model (so they are noisy).
 */
export function makeNoisyProblem(
  seed: number,
  nRows: number,
  nCols: number,
): { x: Matrix; y: Float64Array; trueWeights: Float64Array } {
  const rng = createRng(seed);
  const trueWeights = Float64Array.from({ length: nCols }, () => rng.normal(0, 1));
  const data = new Float64Array(nRows * nCols);
  const y = new Float64Array(nRows);
  for (let i = 0; i < nRows; i++) {
    let z = 0.3;
    let previous = 0;
    for (let j = 0; j < nCols; j++) {
      const v = j % 3 === 1 ? 0.8 * previous + 0.6 * rng.normal() : rng.normal();
      data[i * nCols + j] = v;
      previous = v;
      z += trueWeights[j]! * v;
    }
    y[i] = rng.next() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
  }
  return { x: toMatrix(data, nRows, nCols), y, trueWeights };
}
