import { describe, expect, it } from 'vitest';
import {
  createLogisticModel,
  decisionFunction,
  decisionFunctionMany,
  predictProba,
  predictProbaMany,
} from './logistic-model.js';
import { fitLogisticRegression } from './logistic-regression.js';
import { makeNoisyProblem } from '../../../test/support/make-noisy-problem.js';
import { matrixRow, toMatrix } from './matrix.js';
import { sigmoid } from './sigmoid.js';
import { applyScaler, fitStandardScaler } from './standard-scaler.js';

describe('LogisticModel scoring', () => {
  // Raw features on very different scales, as pair features are before standardizing.
  const base = makeNoisyProblem(4, 200, 7);
  const raw = toMatrix(
    Float64Array.from(base.x.data, (v, k) => v * (k % 7) * 10 + (k % 7) * 3),
    200,
    7,
  );
  const scaler = fitStandardScaler(raw);
  const scaled = applyScaler(scaler, raw);
  const fit = fitLogisticRegression(scaled, base.y);
  const model = createLogisticModel(fit, scaler);

  it('scores raw rows exactly as the fitted weights score the standardized rows', () => {
    for (let i = 0; i < 200; i += 17) {
      const row = matrixRow(scaled, i);
      const expected = row.reduce((a, v, j) => a + v * fit.weights[j]!, fit.intercept);
      expect(decisionFunction(model, matrixRow(raw, i))).toBeCloseTo(expected, 10);
    }
  });

  it('returns the logistic of the decision function as the probability', () => {
    for (let i = 0; i < 200; i += 13) {
      const row = matrixRow(raw, i);
      expect(predictProba(model, row)).toBeCloseTo(sigmoid(decisionFunction(model, row)), 15);
    }
  });

  it('scores a row at an offset of a flat array like the same row on its own', () => {
    expect(predictProba(model, raw.data, 5 * 7)).toBe(predictProba(model, matrixRow(raw, 5)));
    expect(decisionFunction(model, Array.from(matrixRow(raw, 9)))).toBe(
      decisionFunction(model, matrixRow(raw, 9)),
    );
  });

  it('scores many rows like one row at a time, into a caller-provided buffer', () => {
    const out = new Float64Array(200);
    const many = predictProbaMany(model, raw, out);
    expect(many).toBe(out);
    // Same sums in another order (blocked kernel): equal up to rounding.
    for (let i = 0; i < 200; i++) {
      expect(many[i]).toBeCloseTo(predictProba(model, matrixRow(raw, i)), 14);
    }
    const logits = decisionFunctionMany(model, raw);
    expect(logits[3]).toBeCloseTo(decisionFunction(model, matrixRow(raw, 3)), 12);
  });

  it('keeps the standardized weights for reports and copies them from the fit', () => {
    expect(Array.from(model.weights)).toEqual(Array.from(fit.weights));
    expect(model.weights).not.toBe(fit.weights);
    const plain = createLogisticModel(fit, null);
    expect(plain.inputWeights).toEqual(plain.weights);
    expect(plain.inputIntercept).toBe(fit.intercept);
  });

  it('rejects a matrix or scaler of the wrong width', () => {
    expect(() => predictProbaMany(model, toMatrix(new Float64Array(6), 1, 6))).toThrow(RangeError);
    expect(() =>
      createLogisticModel(fit, { mean: new Float64Array(3), scale: new Float64Array(3) }),
    ).toThrow(RangeError);
  });
});
