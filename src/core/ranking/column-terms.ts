import type { CareerColumns } from './career-columns.js';
import { columnKernelsOf } from './column-kernels.js';

/** A list of (column, weight) pairs: a part of the logit that is linear in the career columns. */
export interface ColumnTerms {
  readonly columns: Int32Array;
  readonly weights: Float64Array;
  count: number;
}

/** Term lists that addColumnTerms has used up, one per column layout, for the next request. */
const spent = new WeakMap<CareerColumns, ColumnTerms>();

/**
 * An empty term list with room for every column of `cols` (the memory of the last list
 * addColumnTerms used up for these columns, when there is one: a request's perturbed profiles
 * and raised skills each need one, and allocating them was a tenth of their cost).
 */
export function createColumnTerms(cols: CareerColumns): ColumnTerms {
  const reused = spent.get(cols);
  if (reused) {
    spent.delete(cols);
    reused.count = 0;
    return reused;
  }
  return { columns: new Int32Array(cols.width), weights: new Float64Array(cols.width), count: 0 };
}

/** Appends a term; zero weights are dropped (the person has nothing there). */
export function pushTerm(terms: ColumnTerms, column: number, weight: number): void {
  if (weight === 0) return;
  terms.columns[terms.count] = column;
  terms.weights[terms.count++] = weight;
}

/**
 * z[c] += Σₜ weightₜ · column[columnₜ][c] for every career c, four columns per pass over z: a
 * quarter of the loads and stores of z that one pass per column would take; two careers at a
 * time with WebAssembly SIMD where the layout has its kernels (the same numbers). Uses the list
 * up: the next createColumnTerms for these columns may hand out its memory again.
 */
export function addColumnTerms(z: Float64Array, cols: CareerColumns, terms: ColumnTerms): void {
  const kernels = columnKernelsOf(cols);
  if (kernels && z.length === cols.count)
    kernels.addTerms(z, terms.columns, terms.weights, terms.count);
  else addColumnTermsScalar(z, cols, terms);
  if (terms.columns.length === cols.width) spent.set(cols, terms);
}

/** addColumnTerms in TypeScript (and the reference its SIMD kernel is tested against). */
export function addColumnTermsScalar(z: Float64Array, cols: CareerColumns, terms: ColumnTerms) {
  const { data, count: n } = cols;
  const { columns, weights, count: m } = terms;
  let t = 0;
  for (; t + 4 <= m; t += 4) {
    const b0 = columns[t]! * n;
    const b1 = columns[t + 1]! * n;
    const b2 = columns[t + 2]! * n;
    const b3 = columns[t + 3]! * n;
    const w0 = weights[t]!;
    const w1 = weights[t + 1]!;
    const w2 = weights[t + 2]!;
    const w3 = weights[t + 3]!;
    for (let c = 0; c < n; c++)
      z[c] =
        z[c]! + w0 * data[b0 + c]! + w1 * data[b1 + c]! + w2 * data[b2 + c]! + w3 * data[b3 + c]!;
  }
  for (; t < m; t++) {
    const b = columns[t]! * n;
    const w = weights[t]!;
    for (let c = 0; c < n; c++) z[c] = z[c]! + w * data[b + c]!;
  }
}
