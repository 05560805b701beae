/** z-scores of `values` against per-column mean and sd, clipped to ±3. */
export function toZScores(
  values: readonly number[],
  mean: ArrayLike<number>,
  sd: ArrayLike<number>,
): Float64Array {
  return Float64Array.from(values, (x, j) => {
    const z = (x - (mean[j] ?? 0)) / (sd[j] ?? 1);
    return z < -3 ? -3 : z > 3 ? 3 : z;
  });
}
