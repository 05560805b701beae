import { checkBinary } from './check-binary.js';

/** One bin of a calibration table; the means are null for an empty bin. */
export interface CalibrationBin {
  readonly lower: number;
  readonly upper: number;
  readonly count: number;
  readonly meanPredicted: number | null;
  readonly observedRate: number | null;
}

/**
 * Equal-width reliability table (default 10 bins). Bin edges and membership follow sklearn's
 * calibration_curve: edges i/n, the first bin is [0, 1/n] and the others (lower, upper].
 * Empty bins are kept so the table always has `bins` rows.
 */
export function calibrationTable(
  yTrue: ArrayLike<number>,
  probability: ArrayLike<number>,
  bins = 10,
): CalibrationBin[] {
  checkBinary('calibrationTable', yTrue, probability);
  if (!Number.isSafeInteger(bins) || bins < 1) {
    throw new RangeError(`calibrationTable needs a positive bin count, got ${bins}`);
  }
  const step = 1 / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? 1 : i * step));
  const count = new Array<number>(bins).fill(0);
  const sumPredicted = new Array<number>(bins).fill(0);
  const sumObserved = new Array<number>(bins).fill(0);
  for (let i = 0; i < yTrue.length; i++) {
    const p = probability[i]!;
    if (!(p >= 0 && p <= 1)) {
      throw new RangeError(`calibrationTable: probability ${i} is ${p}, outside [0, 1]`);
    }
    // First interior edge ≥ p (numpy searchsorted, side 'left', over edges[1..bins-1]).
    let bin = 0;
    while (bin < bins - 1 && edges[bin + 1]! < p) bin += 1;
    count[bin]! += 1;
    sumPredicted[bin]! += p;
    sumObserved[bin]! += yTrue[i]!;
  }
  return count.map((c, b) => ({
    lower: edges[b]!,
    upper: edges[b + 1]!,
    count: c,
    meanPredicted: c === 0 ? null : sumPredicted[b]! / c,
    observedRate: c === 0 ? null : sumObserved[b]! / c,
  }));
}
