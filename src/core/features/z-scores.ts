/** z-scores of `values` against per-column mean and sd, clipped to ±3. */
export function toZScores(
  values: readonly number[],
  mean: ArrayLike<number>,
  sd: ArrayLike<number>,
): Float64Array {
  // A plain loop: Float64Array.from with a map function is several times slower per request.
  const out = new Float64Array(values.length);
  for (let j = 0; j < values.length; j++) {
    const z = (values[j]! - (mean[j] ?? 0)) / (sd[j] ?? 1);
    out[j] = z < -3 ? -3 : z > 3 ? 3 : z;
  }
  return out;
}
