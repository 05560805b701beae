import { describe, expect, it } from 'vitest';
import { createRng } from '../random/index.js';
import type { CareerColumns } from './career-columns.js';
import { columnKernelsOf } from './column-kernels.js';
import { addColumnTermsScalar, createColumnTerms, pushTerm } from './column-terms.js';
import { addShortfallSums, toShortfallSumsScalar } from './shortfall-logits.js';

const SKILLS = 35;

/**
 * The fields of a column layout the kernels read, over seeded values: level and importance
 * blocks of 35 columns (some values NaN, 0, −0 or equal to a person's level, where gap()
 * has its edges) after `extra` other columns.
 */
function layout(count: number, extra: number, seed: number): CareerColumns {
  const rng = createRng(seed);
  const width = extra + 2 * SKILLS;
  const data = Float64Array.from({ length: width * count }, () => {
    const r = rng.next();
    if (r < 0.02) return Number.NaN;
    if (r < 0.05) return 0;
    if (r < 0.08) return -0;
    return r < 0.2 ? Math.round(rng.next() * 7) : rng.next() * 7;
  });
  return {
    count,
    width,
    data,
    level: extra,
    importance: extra + SKILLS,
  } as unknown as CareerColumns;
}

const same = (a: Float64Array, b: Float64Array) =>
  expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);

// Career counts around the two-lane blocks (odd ones end with one career alone), term and skill
// counts around the four-per-pass groups.
const COUNTS = [64, 65, 127, 894, 923];
const TERM_COUNTS = [0, 1, 3, 4, 5, 8, 11, 97];
const SKILL_COUNTS = [1, 2, 3, 4, 5, 7, 12, 35];

describe('the ranking’s WebAssembly column kernels', () => {
  it('leave small layouts (a request’s ten shown careers) to the TypeScript loops', () => {
    expect(columnKernelsOf(layout(10, 4, 1))).toBeNull();
    expect(columnKernelsOf(layout(64, 4, 1))).not.toBeNull();
  });

  it.each(COUNTS)('add column terms bit for bit as the TypeScript loop does (%i careers)', (n) => {
    const cols = layout(n, 40, n);
    const kernels = columnKernelsOf(cols)!;
    const rng = createRng(n + 1);
    for (const m of TERM_COUNTS) {
      const terms = createColumnTerms(cols);
      for (let t = 0; t < m; t++) pushTerm(terms, rng.int(cols.width), rng.next() * 4 - 2);
      const start = Float64Array.from({ length: n }, () => rng.next() - 0.5);
      const expected = start.slice();
      addColumnTermsScalar(expected, cols, terms);
      const actual = start.slice();
      kernels.addTerms(actual, terms.columns, terms.weights, terms.count);
      same(actual, expected);
    }
  });

  it.each(COUNTS)(
    'sum shortfalls and surpluses bit for bit as the TypeScript loop does (%i careers)',
    (n) => {
      const cols = layout(n, 9, 100 + n);
      const kernels = columnKernelsOf(cols)!;
      const rng = createRng(n + 2);
      for (const m of SKILL_COUNTS) {
        const indices = rng
          .shuffle([...Array(SKILLS).keys()])
          .slice(0, m)
          .sort((a, b) => a - b);
        const levels = Array.from({ length: SKILLS }, () =>
          rng.next() < 0.3 ? Math.round(rng.next() * 7) : rng.next() * 7,
        );
        const expected = toShortfallSumsScalar(cols, indices, levels);
        const actual = kernels.shortfallSums(indices, levels);
        same(actual.shortfall, expected.shortfall);
        same(actual.surplus, expected.surplus);
        same(actual.weight, expected.weight);

        const start = Float64Array.from({ length: n }, () => rng.next() - 0.5);
        const z = start.slice();
        addShortfallSums(z, expected, 1.7, -0.9);
        const fused = start.slice();
        kernels.addShortfallLogits(fused, indices, levels, 1.7, -0.9);
        same(fused, z);
      }
    },
  );

  it('keep a career whose importances are all zero (or −0) at its logit, as the TypeScript `if` does', () => {
    const cols = layout(65, 0, 7);
    const { data, count } = cols;
    for (let k = 0; k < SKILLS; k++) {
      data[(SKILLS + k) * count + 3] = 0;
      data[(SKILLS + k) * count + 64] = -0;
    }
    const indices = [0, 5, 9];
    const levels = Array.from({ length: SKILLS }, () => 3);
    const z = new Float64Array(count).fill(0.25);
    columnKernelsOf(cols)!.addShortfallLogits(z, indices, levels, 2, 3);
    expect([z[3], z[64]]).toEqual([0.25, 0.25]);
    const reference = new Float64Array(count).fill(0.25);
    addShortfallSums(reference, toShortfallSumsScalar(cols, indices, levels), 2, 3);
    same(z, reference);
  });
});
