/** One coefficient with its feature name. */
export interface NamedCoefficient {
  readonly name: string;
  readonly index: number;
  readonly weight: number;
}

/**
 * The k strongest non-zero coefficients by |weight| (ties by feature order), for training
 * reports. Use the standardized-space weights so magnitudes are comparable across features.
 */
export function describeCoefficients(
  weights: ArrayLike<number>,
  featureNames: readonly string[],
  k: number,
): NamedCoefficient[] {
  if (weights.length !== featureNames.length) {
    throw new RangeError(`${weights.length} weights but ${featureNames.length} feature names`);
  }
  const all: NamedCoefficient[] = [];
  for (let j = 0; j < weights.length; j++) {
    if (weights[j] !== 0) all.push({ name: featureNames[j]!, index: j, weight: weights[j]! });
  }
  all.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.index - b.index);
  return all.slice(0, Math.max(0, k));
}
