import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/random/index.js';
import { mostSimilar } from './training-pairs.js';

describe('mostSimilar', () => {
  it('returns what a stable descending sort would put first, ties in index order', () => {
    const rng = createRng(17);
    for (let trial = 0; trial < 200; trial++) {
      const n = rng.int(60);
      // Few distinct values, so ties are common.
      const row = Float64Array.from({ length: n }, () => rng.int(8) / 8 - 0.3);
      const k = rng.int(45);
      const sorted = Array.from({ length: n }, (_, i) => i)
        .sort((a, b) => row[b]! - row[a]!)
        .slice(0, k);
      expect(mostSimilar(row, k)).toEqual(sorted);
    }
  });

  it('returns nothing for k = 0 and every index when k exceeds the row', () => {
    expect(mostSimilar(Float64Array.from([0.2, 0.9]), 0)).toEqual([]);
    expect(mostSimilar(Float64Array.from([0.2, 0.9, 0.2]), 5)).toEqual([1, 0, 2]);
  });
});
