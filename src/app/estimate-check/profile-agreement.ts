import { pearson } from '../../core/synthetic/index.js';

/** How close estimated profiles are to the true ones on one dimension (skill level …). */
export interface Agreement {
  /** Occupations compared. */
  readonly occupations: number;
  /** Mean over occupations of the correlation across elements (the profile's shape). */
  readonly profileR: number;
  /**
   * Correlation, over every (occupation, element), of the estimate's and the truth's deviation
   * from the element's population mean: what sets the occupation apart, which the shape hides
   * (every profile ranks Reading Comprehension above Repairing).
   */
  readonly deviationR: number;
  /** Mean absolute error on the dimension's own scale. */
  readonly meanAbsError: number;
}

/** Compares estimated with true element vectors, given the population mean of each element. */
export function toAgreement(
  pairs: readonly { readonly estimate: readonly number[]; readonly truth: readonly number[] }[],
  populationMean: readonly number[],
): Agreement {
  const devEstimate: number[] = [];
  const devTruth: number[] = [];
  let profileR = 0;
  let absError = 0;
  let cells = 0;
  for (const { estimate, truth } of pairs) {
    profileR += pearson(estimate, truth);
    truth.forEach((t, k) => {
      devEstimate.push(estimate[k]! - populationMean[k]!);
      devTruth.push(t - populationMean[k]!);
      absError += Math.abs(estimate[k]! - t);
      cells++;
    });
  }
  return {
    occupations: pairs.length,
    profileR: pairs.length ? profileR / pairs.length : 0,
    deviationR: pearson(devEstimate, devTruth),
    meanAbsError: cells ? absError / cells : 0,
  };
}
