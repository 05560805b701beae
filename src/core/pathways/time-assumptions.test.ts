import { describe, expect, it } from 'vitest';
import { shareAtOrBelow, toEducationRank, toMedianCategory } from './time-assumptions.js';

describe('time assumptions', () => {
  it('takes the first category where the cumulative share reaches half as the median', () => {
    expect(toMedianCategory([10, 30, 10, 50])).toBe(3);
    expect(toMedianCategory([10, 40, 10, 40])).toBe(2);
    expect(toMedianCategory([0, 0, 49, 51])).toBe(4);
    expect(toMedianCategory([0, 0])).toBeNull();
  });

  it('measures the share at or below a category against the whole distribution', () => {
    expect(shareAtOrBelow([20, 20, 60], 2)).toBeCloseTo(40);
    expect(shareAtOrBelow([1, 1, 2], 3)).toBeCloseTo(100);
  });

  it('orders BLS education categories on one ladder and knows none other', () => {
    expect(toEducationRank("Bachelor's degree")!).toBeGreaterThan(
      toEducationRank("Associate's degree")!,
    );
    expect(toEducationRank('a diploma of sorts')).toBeNull();
  });
});
