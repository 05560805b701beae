import { describe, expect, it } from 'vitest';
import { createRng } from '../random/index.js';
import { shareBelow, toSortedColumns } from './share-below.js';

/** The definition: the share of the column's values below x, values equal to x counting half. */
function byCounting(column: readonly number[], x: number): number {
  const below = column.filter((v) => v < x).length;
  const equal = column.filter((v) => v === x).length;
  return column.length === 0 ? 0 : (below + below + equal) / 2 / column.length;
}

describe('share of a sorted column below a score', () => {
  it('is the counted share, ties counting half, for columns of any length', () => {
    const rng = createRng(5).fork('share-below');
    for (const length of [0, 1, 2, 3, 31, 32, 33, 64, 100, 894]) {
      // Coarse values make ties common, including runs of ties across index blocks.
      const raw = Array.from({ length: 4 }, (_, c) =>
        Array.from({ length }, () => Math.round(rng.next() * (c === 0 ? 2 : 20)) / 20),
      );
      const columns = toSortedColumns(4, length, (values) =>
        raw.forEach((col, c) => col.forEach((v, a) => (values[c * length + a] = v))),
      );
      raw.forEach((col, c) => {
        for (const x of [-0.5, 0, 0.025, 0.05, 0.5, 0.51, 1, 2, ...col])
          expect(shareBelow(columns, c, x)).toBe(byCounting(col, x));
      });
    }
  });
});
