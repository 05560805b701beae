import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyIsotonic, fitIsotonic } from './isotonic-regression.js';

describe('isotonic regression', () => {
  it('pools adjacent violators into block means (as sklearn IsotonicRegression)', () => {
    // sklearn: IsotonicRegression().fit([1,2,3,4,5],[1,3,2,4,3.5]).predict → [1, 2.5, 2.5, 3.75, 3.75]
    const map = fitIsotonic([1, 2, 3, 4, 5], [1, 3, 2, 4, 3.5]);
    expect([1, 2, 3, 4, 5].map((x) => applyIsotonic(map, x))).toEqual([1, 2.5, 2.5, 3.75, 3.75]);
    expect(applyIsotonic(map, 3.5)).toBeCloseTo(3.125, 12);
    expect(applyIsotonic(map, 0)).toBe(1);
    expect(applyIsotonic(map, 9)).toBe(3.75);
  });

  it('pools equal x values first and respects weights', () => {
    const map = fitIsotonic([1, 1, 2], [0, 1, 1], [3, 1, 1]);
    expect(applyIsotonic(map, 1)).toBeCloseTo(0.25, 12);
    expect(applyIsotonic(map, 2)).toBe(1);
  });

  it('pools blocks lighter than the minimum weight into the closer neighbour', () => {
    // Without a minimum the single highest score is its own block at 1 (a promise of 100%).
    const x = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.99];
    const y = [0, 0, 0, 0, 1, 0, 1, 0, 1, 1];
    expect(applyIsotonic(fitIsotonic(x, y), 0.99)).toBe(1);
    const pooled = fitIsotonic(x, y, undefined, 4);
    expect(applyIsotonic(pooled, 0.99)).toBeLessThan(1);
    expect(applyIsotonic(pooled, 0.1)).toBe(0);
  });

  it('is non-decreasing and keeps the weighted mean of the labels, for random data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()), {
          minLength: 1,
          maxLength: 200,
        }),
        fc.integer({ min: 0, max: 30 }),
        (points, min) => {
          const x = points.map((p) => p[0]);
          const y = points.map((p) => (p[1] ? 1 : 0));
          const map = fitIsotonic(x, y, undefined, min);
          for (let i = 1; i < map.x.length; i++) {
            expect(map.x[i]!).toBeGreaterThan(map.x[i - 1]!);
            expect(map.y[i]!).toBeGreaterThanOrEqual(map.y[i - 1]!);
          }
          const fitted = x.map((v) => applyIsotonic(map, v));
          const sum = (a: number[]) => a.reduce((s, v) => s + v, 0);
          expect(sum(fitted)).toBeCloseTo(sum(y), 9);
        },
      ),
      { seed: 3, numRuns: 200 },
    );
  });
});
