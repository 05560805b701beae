import { checkBinary } from './check-binary.js';

/** Float64 machine epsilon, sklearn 1.2's default clipping for log_loss (eps='auto'). */
export const LOG_LOSS_EPS = Number.EPSILON;

/**
 * Mean negative log-likelihood of binary labels under predicted P(y = 1), with probabilities
 * clipped to [eps, 1 − eps] as sklearn's log_loss does, so a confident mistake costs ~36, not ∞.
 */
export function logLoss(
  yTrue: ArrayLike<number>,
  probability: ArrayLike<number>,
  eps = LOG_LOSS_EPS,
): number {
  checkBinary('logLoss', yTrue, probability);
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const raw = probability[i]!;
    const p = raw < eps ? eps : raw > 1 - eps ? 1 - eps : raw;
    total -= yTrue[i] === 1 ? Math.log(p) : Math.log(1 - p);
  }
  return total / yTrue.length;
}

/** Mean squared difference between predicted P(y = 1) and the 0/1 outcome (lower is better). */
export function brierScore(yTrue: ArrayLike<number>, probability: ArrayLike<number>): number {
  checkBinary('brierScore', yTrue, probability);
  let total = 0;
  for (let i = 0; i < yTrue.length; i++) total += (probability[i]! - yTrue[i]!) ** 2;
  return total / yTrue.length;
}
