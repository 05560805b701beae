import { describe, expect, it } from 'vitest';
import { giniCoefficient, toHubness } from './hubness.js';

describe('hubness of top-k lists', () => {
  it('gives a Gini of 0 when every candidate appears equally often', () => {
    expect(giniCoefficient([3, 3, 3, 3])).toBe(0);
  });

  it('gives a Gini of (n − 1) / n when one candidate takes every occurrence', () => {
    expect(giniCoefficient([0, 0, 0, 8])).toBeCloseTo(3 / 4, 12);
  });

  it('does not depend on the order of the counts', () => {
    expect(giniCoefficient([5, 1, 0, 2])).toBeCloseTo(giniCoefficient([0, 1, 2, 5]), 12);
  });

  it('counts coverage as the share of candidates in at least one list', () => {
    const h = toHubness(
      [
        [0, 1],
        [1, 2],
        [1, 0],
      ],
      5,
    );
    expect(h.coverage).toBeCloseTo(3 / 5, 12);
    expect(h.maxOccurrences).toBe(3);
    expect(h.lists).toBe(3);
    expect(h.gini).toBeCloseTo(giniCoefficient([2, 3, 1, 0, 0]), 12);
  });
});
