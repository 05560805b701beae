import { checkBinary } from './check-binary.js';

/** Counts of a binary classifier's outcomes at one threshold. */
export interface ConfusionMatrix {
  readonly truePositive: number;
  readonly falsePositive: number;
  readonly trueNegative: number;
  readonly falseNegative: number;
}

/**
 * Confusion counts when class 1 is predicted for p > threshold (default 0.5, i.e. a positive
 * decision function, which is how sklearn's predict breaks p = 0.5: as class 0).
 */
export function confusionMatrix(
  yTrue: ArrayLike<number>,
  probability: ArrayLike<number>,
  threshold = 0.5,
): ConfusionMatrix {
  checkBinary('confusionMatrix', yTrue, probability);
  let truePositive = 0;
  let falsePositive = 0;
  let trueNegative = 0;
  let falseNegative = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const predicted = probability[i]! > threshold;
    if (yTrue[i] === 1) {
      if (predicted) truePositive += 1;
      else falseNegative += 1;
    } else if (predicted) falsePositive += 1;
    else trueNegative += 1;
  }
  return { truePositive, falsePositive, trueNegative, falseNegative };
}

/** Share of correct predictions at the threshold (class 1 when p > threshold, default 0.5). */
export function accuracy(
  yTrue: ArrayLike<number>,
  probability: ArrayLike<number>,
  threshold = 0.5,
): number {
  const m = confusionMatrix(yTrue, probability, threshold);
  return (m.truePositive + m.trueNegative) / yTrue.length;
}
