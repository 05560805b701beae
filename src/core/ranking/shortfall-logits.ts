import type { UserContext } from '../features/index.js';
import type { CareerColumns } from './career-columns.js';

/** The positive part of a level difference. */
const gap = (d: number) => (d > 0 ? d : 0);

/**
 * Adds wShortfall · shortfall + wSurplus · surplus (skillShortfallSurplus: importance-weighted
 * level gaps over the person's known skills, / Σ importance / 7) to z[c] for every career,
 * going down the level and importance columns four known skills at a time.
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
  const mine = user.knownLevels;
  const shortfall = new Float64Array(n);
  const surplus = new Float64Array(n);
  const weight = new Float64Array(n);
  // Column offsets of the known skills' levels and importances.
  const lv = idx.map((k) => (cols.level + k) * n);
  const im = idx.map((k) => (cols.importance + k) * n);
  let t = 0;
  for (; t + 4 <= m; t += 4) {
    const [l0, l1, l2, l3] = [lv[t]!, lv[t + 1]!, lv[t + 2]!, lv[t + 3]!];
    const [i0, i1, i2, i3] = [im[t]!, im[t + 1]!, im[t + 2]!, im[t + 3]!];
    const [m0, m1, m2, m3] = [
      mine[idx[t]!]!,
      mine[idx[t + 1]!]!,
      mine[idx[t + 2]!]!,
      mine[idx[t + 3]!]!,
    ];
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
  for (; t < m; t++) {
    const [l, i, mk] = [lv[t]!, im[t]!, mine[idx[t]!]!];
    for (let c = 0; c < n; c++) {
      const p = data[i + c]!;
      const d = data[l + c]! - mk;
      shortfall[c] = shortfall[c]! + p * gap(d);
      surplus[c] = surplus[c]! + p * gap(-d);
      weight[c] = weight[c]! + p;
    }
  }
  for (let c = 0; c < n; c++) {
    const w = weight[c]!;
    if (w !== 0)
      z[c] = z[c]! + wShortfall * (shortfall[c]! / w / 7) + wSurplus * (surplus[c]! / w / 7);
  }
}
