import { describe, expect, it } from 'vitest';
import { createRng } from '../random/index.js';
import { shareBelow } from './share-below.js';

/** The definition: the share of the column's values below x, values equal to x counting half. */
function byCounting(column: readonly number[], x: number): number {
  const below = column.filter((v) => v < x).length;
  const equal = column.filter((v) => v === x).length;
  return column.length === 0 ? 0 : (below + below + equal) / 2 / column.length;
}

describe('share of a sorted column below a score', () => {
  it('is the counted share, ties counting half, for columns of any length inside a larger array', () => {
    const rng = createRng(5).fork('share-below');
    for (const length of [0, 1, 2, 3, 7, 8, 9, 100, 894]) {
      // Coarse values make ties common, including runs of ties at the ends.
      const column = Array.from({ length }, () => Math.round(rng.next() * 20) / 20).sort(
        (a, b) => a - b,
      );
      const values = Float64Array.from([9, 9, ...column, -1]);
      for (const x of [-0.5, 0, 0.025, 0.5, 0.51, 1, 2, ...column])
        expect(shareBelow(values, 2, length, x)).toBe(byCounting(column, x));
    }
  });
});
