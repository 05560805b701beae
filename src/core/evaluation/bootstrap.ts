import type { Rng } from '../random/index.js';

/** A mean with its 95% bootstrap percentile interval. */
export interface Estimate {
  readonly mean: number;
  readonly low: number;
  readonly high: number;
  readonly n: number;
}

/** Mean of `values` with a 95% percentile bootstrap interval over `resamples` resamples. */
export function bootstrapMean(values: readonly number[], rng: Rng, resamples = 1000): Estimate {
  const n = values.length;
  if (n === 0) return { mean: 0, low: 0, high: 0, n };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += values[rng.int(n)]!;
    means[r] = s / n;
  }
  means.sort();
  const at = (q: number) => means[Math.min(resamples - 1, Math.max(0, Math.floor(q * resamples)))]!;
  return { mean, low: at(0.025), high: at(0.975), n };
}
