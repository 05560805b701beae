import { describe, expect, it } from 'vitest';
import { matrixFromRows, matrixRow } from './matrix.js';
import { applyScaler, fillMissingWithMean, fitStandardScaler } from './standard-scaler.js';

describe('fitStandardScaler', () => {
  it('learns column means and population standard deviations', () => {
    const x = matrixFromRows([
      [1, 10, 5],
      [2, 20, 5],
      [3, 60, 5],
    ]);
    const s = fitStandardScaler(x);
    expect(Array.from(s.mean)).toEqual([2, 30, 5]);
    expect(s.scale[0]).toBeCloseTo(Math.sqrt(2 / 3), 15);
    expect(s.scale[1]).toBeCloseTo(Math.sqrt((400 + 100 + 900) / 3), 12);
  });

  it('learns each column from its present entries only, and a missing entry scales to 0', () => {
    const x = matrixFromRows([
      [1, Number.NaN],
      [2, 4],
      [3, 8],
      [Number.NaN, Number.NaN],
    ]);
    const s = fitStandardScaler(x);
    expect(Array.from(s.mean)).toEqual([2, 6]);
    expect(s.scale[0]).toBeCloseTo(Math.sqrt(2 / 3), 15);
    expect(s.scale[1]).toBeCloseTo(2, 15);
    fillMissingWithMean(s, x);
    expect(Array.from(matrixRow(x, 3))).toEqual([2, 6]);
    expect(Array.from(matrixRow(applyScaler(s, x), 0))).toEqual([-Math.sqrt(3 / 2), 0]);
  });

  it('gives constant columns scale 1, even when rounding leaves a tiny variance', () => {
    const x = matrixFromRows([
      [0.1 + 0.2, 7],
      [0.3, 7],
      [0.30000000000000004, 7],
    ]);
    const s = fitStandardScaler(x);
    expect(Array.from(s.scale)).toEqual([1, 1]);
    expect(Array.from(matrixRow(applyScaler(s, x), 1))).toEqual([0.3 - s.mean[0]!, 0]);
  });

  it('maps the training data to mean 0 and standard deviation 1 per column', () => {
    const rows = Array.from({ length: 50 }, (_, i) => [i * 3 + 1, Math.sin(i) * 100, i % 7]);
    const x = matrixFromRows(rows);
    const z = applyScaler(fitStandardScaler(x), x);
    for (let j = 0; j < 3; j++) {
      let m = 0;
      let v = 0;
      for (let i = 0; i < 50; i++) m += z.data[i * 3 + j]! / 50;
      for (let i = 0; i < 50; i++) v += (z.data[i * 3 + j]! - m) ** 2 / 50;
      expect(m).toBeCloseTo(0, 12);
      expect(v).toBeCloseTo(1, 12);
    }
  });

  it('rejects a matrix with a different column count', () => {
    const s = fitStandardScaler(matrixFromRows([[1, 2]]));
    expect(() => applyScaler(s, matrixFromRows([[1, 2, 3]]))).toThrow(RangeError);
  });
});
