import type { UserContext } from '../features/index.js';
import type { CareerColumns } from './career-columns.js';

/**
 * Adds wShortfall · shortfall + wSurplus · surplus (skillShortfallSurplus: importance-weighted
 * level gaps over the person's known skills, / Σ importance / 7) to z[c] for every career,
 * reading each known skill's level and importance columns, sums kept in registers (same order
 * of additions as skillShortfallSurplus, no scratch arrays).
 */
export function addShortfallLogits(
  z: Float64Array,
  cols: CareerColumns,
  user: UserContext,
  wShortfall: number,
  wSurplus: number,
): void {
  const idx = user.knownIndices;
  const m = idx.length;
  if (m === 0 || (wShortfall === 0 && wSurplus === 0)) return;
  const { data, count: n } = cols;
  const lv = Int32Array.from(idx, (k) => (cols.level + k) * n);
  const im = Int32Array.from(idx, (k) => (cols.importance + k) * n);
  const mine = Float64Array.from(idx, (k) => user.knownLevels[k]!);
  for (let c = 0; c < n; c++) {
    let shortfall = 0;
    let surplus = 0;
    let weight = 0;
    for (let t = 0; t < m; t++) {
      const imp = data[im[t]! + c]!;
      const diff = data[lv[t]! + c]! - mine[t]!;
      if (diff > 0) shortfall += imp * diff;
      else surplus -= imp * diff;
      weight += imp;
    }
    if (weight !== 0)
      z[c] = z[c]! + wShortfall * (shortfall / weight / 7) + wSurplus * (surplus / weight / 7);
  }
}
