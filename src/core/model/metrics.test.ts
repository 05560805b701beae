import { describe, expect, it } from 'vitest';
import { calibrationTable } from './calibration-table.js';
import { accuracy, confusionMatrix } from './confusion-matrix.js';
import { describeCoefficients } from './describe-coefficients.js';
import { brierScore, logLoss } from './probability-scores.js';
import { rocAuc } from './roc-auc.js';

describe('rocAuc', () => {
  it('matches the sklearn documentation example', () => {
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBe(0.75);
  });

  it('counts tied positive/negative pairs as one half', () => {
    // Pairs (neg, pos): (0.1, 0.5) win, (0.1, 0.9) win, (0.5, 0.5) tie, (0.5, 0.9) win → 3.5 / 4.
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.5, 0.5, 0.9])).toBe(0.875);
    expect(rocAuc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5])).toBe(0.5);
  });

  it('is 1 for a perfect ranking, 0 for a reversed one, NaN with one class', () => {
    expect(rocAuc([0, 0, 1], [1, 2, 3])).toBe(1);
    expect(rocAuc([1, 1, 0], [1, 2, 3])).toBe(0);
    expect(rocAuc([1, 1], [0.2, 0.3])).toBeNaN();
  });
});

describe('logLoss', () => {
  it('matches the sklearn documentation example', () => {
    // log_loss(["spam","ham","ham","spam"], [[.1,.9],[.9,.1],[.8,.2],[.35,.65]]) = 0.21616...
    expect(logLoss([1, 0, 0, 1], [0.9, 0.1, 0.2, 0.65])).toBeCloseTo(0.21616187468057912, 14);
  });

  it('clips probabilities to [eps, 1 − eps] so certain mistakes cost −log(eps)', () => {
    expect(logLoss([0, 1], [1, 0])).toBeCloseTo(-Math.log(Number.EPSILON), 10);
    expect(Number.isFinite(logLoss([1], [0]))).toBe(true);
    expect(logLoss([1], [1])).toBeCloseTo(0, 12);
  });
});

describe('brierScore', () => {
  it('matches the sklearn documentation example', () => {
    expect(brierScore([0, 1, 1, 0], [0.1, 0.9, 0.8, 0.3])).toBeCloseTo(0.0375, 15);
  });
});

describe('confusionMatrix and accuracy', () => {
  it('predicts class 1 only above 0.5, like a positive decision function', () => {
    const y = [1, 1, 0, 0, 1, 0];
    const p = [0.9, 0.5, 0.51, 0.2, 0.7, 0.5];
    expect(confusionMatrix(y, p)).toEqual({
      truePositive: 2,
      falsePositive: 1,
      trueNegative: 2,
      falseNegative: 1,
    });
    expect(accuracy(y, p)).toBeCloseTo(4 / 6, 15);
    expect(accuracy(y, p, 0.45)).toBeCloseTo(4 / 6, 15);
  });

  it('rejects mismatched lengths, empty input and labels other than 0/1', () => {
    expect(() => accuracy([1], [0.2, 0.3])).toThrow(RangeError);
    expect(() => accuracy([], [])).toThrow(RangeError);
    expect(() => accuracy([2], [0.3])).toThrow(/0 or 1/);
  });
});

describe('calibrationTable', () => {
  it('bins like sklearn calibration_curve: [0, 0.1], then (lower, upper]', () => {
    const p = [0, 0.1, 0.1000001, 0.35, 0.35, 0.95, 1];
    const y = [0, 0, 1, 1, 0, 1, 1];
    const table = calibrationTable(y, p);
    expect(table).toHaveLength(10);
    expect(table.map((b) => b.count)).toEqual([2, 1, 0, 2, 0, 0, 0, 0, 0, 2]);
    expect(table[0]).toMatchObject({ lower: 0, upper: 0.1, meanPredicted: 0.05, observedRate: 0 });
    expect(table[3]).toMatchObject({ meanPredicted: 0.35, observedRate: 0.5 });
    expect(table[9]).toMatchObject({ upper: 1, meanPredicted: 0.975, observedRate: 1 });
    expect(table[2]).toMatchObject({ count: 0, meanPredicted: null, observedRate: null });
  });

  it('supports another bin count and rejects probabilities outside [0, 1]', () => {
    expect(calibrationTable([0, 1], [0.2, 0.8], 2).map((b) => b.count)).toEqual([1, 1]);
    expect(() => calibrationTable([0], [1.2])).toThrow(RangeError);
  });
});

describe('describeCoefficients', () => {
  it('lists the k largest non-zero coefficients by magnitude, ties in feature order', () => {
    const names = ['a', 'b', 'c', 'd', 'e'];
    const top = describeCoefficients([0.5, -2, 0, 2, -0.1], names, 3);
    expect(top).toEqual([
      { name: 'b', index: 1, weight: -2 },
      { name: 'd', index: 3, weight: 2 },
      { name: 'a', index: 0, weight: 0.5 },
    ]);
    expect(describeCoefficients([0, 1, 0, 0, 0], names, 3)).toHaveLength(1);
    expect(() => describeCoefficients([1], names, 1)).toThrow(RangeError);
  });
});
