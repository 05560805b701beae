import type { UserContext } from '../features/index.js';
import type { CareerColumns } from './career-columns.js';
import { columnKernelsOf } from './column-kernels.js';

/** The positive part of a level difference. */
const gap = (d: number) => (d > 0 ? d : 0);

/** Per career: Σ importance × shortfall, Σ importance × surplus and Σ importance. */
export interface ShortfallSums {
  readonly shortfall: Float64Array;
  readonly surplus: Float64Array;
  readonly weight: Float64Array;
}

/**
 * Importance-weighted level shortfall and surplus sums of every career against `levels` over the
 * skills `indices`, going down the level and importance columns four skills at a time (two
 * careers at a time with WebAssembly SIMD where the layout has its kernels: the same numbers).
 */
export function toShortfallSums(
  cols: CareerColumns,
  indices: readonly number[],
  levels: ArrayLike<number>,
): ShortfallSums {
  const kernels = columnKernelsOf(cols);
  return kernels
    ? kernels.shortfallSums(indices, levels)
    : toShortfallSumsScalar(cols, indices, levels);
}

/** toShortfallSums in TypeScript (and the reference its SIMD kernel is tested against). */
export function toShortfallSumsScalar(
  cols: CareerColumns,
  indices: readonly number[],
  levels: ArrayLike<number>,
): ShortfallSums {
  const { data, count: n } = cols;
  const m = indices.length;
  const shortfall = new Float64Array(n);
  const surplus = new Float64Array(n);
  const weight = new Float64Array(n);
  // Column offsets of the skills' levels and importances, and the person's levels.
  const lv = indices.map((k) => (cols.level + k) * n);
  const im = indices.map((k) => (cols.importance + k) * n);
  const mine = indices.map((k) => levels[k]!);
  let t = 0;
  for (; t + 4 <= m; t += 4) {
    const [l0, l1, l2, l3] = [lv[t]!, lv[t + 1]!, lv[t + 2]!, lv[t + 3]!];
    const [i0, i1, i2, i3] = [im[t]!, im[t + 1]!, im[t + 2]!, im[t + 3]!];
    const [m0, m1, m2, m3] = [mine[t]!, mine[t + 1]!, mine[t + 2]!, mine[t + 3]!];
    for (let c = 0; c < n; c++) {
      const p0 = data[i0 + c]!;
      const p1 = data[i1 + c]!;
      const p2 = data[i2 + c]!;
      const p3 = data[i3 + c]!;
      const d0 = data[l0 + c]! - m0;
      const d1 = data[l1 + c]! - m1;
      const d2 = data[l2 + c]! - m2;
      const d3 = data[l3 + c]! - m3;
      shortfall[c] = shortfall[c]! + p0 * gap(d0) + p1 * gap(d1) + p2 * gap(d2) + p3 * gap(d3);
      surplus[c] = surplus[c]! + p0 * gap(-d0) + p1 * gap(-d1) + p2 * gap(-d2) + p3 * gap(-d3);
      weight[c] = weight[c]! + p0 + p1 + p2 + p3;
    }
  }
  for (; t < m; t++) addShortfallColumn(cols, shortfall, surplus, weight, indices[t]!, mine[t]!, 1);
  return { shortfall, surplus, weight };
}

/**
 * Adds sign × (importance × shortfall, importance × surplus, importance) of skill k against
 * level `mine` to the sums (sign −1 takes a skill's part out again).
 */
export function addShortfallColumn(
  cols: CareerColumns,
  shortfall: Float64Array,
  surplus: Float64Array,
  weight: Float64Array | null,
  k: number,
  mine: number,
  sign: number,
): void {
  const { data, count: n } = cols;
  const l = (cols.level + k) * n;
  const i = (cols.importance + k) * n;
  for (let c = 0; c < n; c++) {
    const p = sign * data[i + c]!;
    const d = data[l + c]! - mine;
    shortfall[c] = shortfall[c]! + p * gap(d);
    surplus[c] = surplus[c]! + p * gap(-d);
    if (weight) weight[c] = weight[c]! + p;
  }
}

/**
 * z[c] += wShortfall · shortfall / weight / 7 + wSurplus · surplus / weight / 7 (as in
 * skillShortfallSurplus; nothing where the weight is 0).
 */
export function addShortfallSums(
  z: Float64Array,
  sums: ShortfallSums,
  wShortfall: number,
  wSurplus: number,
): void {
  const { shortfall, surplus, weight } = sums;
  for (let c = 0; c < weight.length; c++) {
    const w = weight[c]!;
    if (w !== 0)
      z[c] = z[c]! + wShortfall * (shortfall[c]! / w / 7) + wSurplus * (surplus[c]! / w / 7);
  }
}

/** Adds the shortfall and surplus part of the logit over the person's known skills. */
export function addShortfallLogits(
  z: Float64Array,
  cols: CareerColumns,
  user: UserContext,
  wShortfall: number,
  wSurplus: number,
): void {
  if (user.knownIndices.length === 0 || (wShortfall === 0 && wSurplus === 0)) return;
  const kernels = columnKernelsOf(cols);
  if (kernels && z.length === cols.count) {
    kernels.addShortfallLogits(z, user.knownIndices, user.knownLevels, wShortfall, wSurplus);
    return;
  }
  const sums = toShortfallSumsScalar(cols, user.knownIndices, user.knownLevels);
  addShortfallSums(z, sums, wShortfall, wSurplus);
}
