import { describe, expect, it } from 'vitest';
import { cosineSimilarity } from './cosine-similarity.js';

describe('cosineSimilarity', () => {
  it('is 1 for parallel, −1 for opposite and 0 for orthogonal vectors', () => {
    expect(cosineSimilarity([1, 2, 3], [2, 4, 6])).toBe(1);
    expect(cosineSimilarity([1, 2, 3], [-1, -2, -3])).toBe(-1);
    expect(cosineSimilarity([1, 0], [0, 5])).toBe(0);
  });

  it('matches the definition on a general pair', () => {
    // (1·4 + 2·0 + 2·3) / (3 · 5) = 10 / 15
    expect(cosineSimilarity([1, 2, 2], Float64Array.from([4, 0, 3]))).toBeCloseTo(2 / 3, 15);
  });

  it('is 0 when either vector is all zeros', () => {
    expect(cosineSimilarity([0, 0], [1, 2])).toBe(0);
    expect(cosineSimilarity([1, 2], [0, 0])).toBe(0);
  });

  it('throws on vectors of different lengths', () => {
    expect(() => cosineSimilarity([1], [1, 2])).toThrow(RangeError);
  });
});
