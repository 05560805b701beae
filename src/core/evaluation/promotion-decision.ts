import type { Rng } from '../random/index.js';
import { bootstrapMean, type Estimate } from './bootstrap.js';

/**
 * One held-out comparison of a candidate and the active model: a metric measured per unit
 * (a held-out source occupation, or a person with held-out feedback) for both models on the
 * same units, in the same order.
 */
export interface PairedCheck {
  /** What was compared, e.g. `sparse NDCG@10 on held-out sources`. */
  readonly name: string;
  /** What one unit is (`sources`, `people`): the bootstrap resamples these. */
  readonly unit: string;
  /** Whether a larger value of the metric is better (NDCG) or worse (log loss). */
  readonly higherIsBetter: boolean;
  /** How much worse (in the metric's units) an operator may accept when forcing a promotion. */
  readonly tolerance: number;
  readonly candidate: readonly number[];
  readonly current: readonly number[];
}

/** How a check came out: better or worse with 95% confidence, or no clear difference. */
export type CheckVerdict = 'better' | 'worse' | 'no clear difference';

/** A check's numbers: both means and the paired difference (positive: the candidate is better). */
export interface CheckResult {
  readonly name: string;
  readonly unit: string;
  readonly units: number;
  readonly candidateMean: number;
  readonly currentMean: number;
  /** Mean per-unit improvement of the candidate with its 95% paired-bootstrap interval. */
  readonly improvement: Estimate;
  readonly tolerance: number;
  readonly verdict: CheckVerdict;
}

/** The promotion decision, its reason in words and the numbers behind it. */
export interface PromotionDecision {
  readonly promote: boolean;
  readonly forced: boolean;
  readonly reason: string;
  readonly checks: readonly CheckResult[];
}

/** Options of the decision. */
export interface PromotionOptions {
  /** An operator accepts a candidate that is within each check's tolerance (not better). */
  readonly force?: boolean;
  readonly resamples?: number;
}

const mean = (v: readonly number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : 0);

/** Compares two models on one check with a paired bootstrap over its units. */
export function toCheckResult(check: PairedCheck, rng: Rng, resamples = 1000): CheckResult {
  if (check.candidate.length !== check.current.length)
    throw new Error(`${check.name}: both models must be measured on the same units`);
  const sign = check.higherIsBetter ? 1 : -1;
  const gains = check.candidate.map((c, i) => sign * (c - check.current[i]!));
  const improvement = bootstrapMean(gains, rng, resamples);
  const verdict: CheckVerdict =
    improvement.n > 0 && improvement.low > 0
      ? 'better'
      : improvement.n > 0 && improvement.high < 0
        ? 'worse'
        : 'no clear difference';
  return {
    name: check.name,
    unit: check.unit,
    units: check.candidate.length,
    candidateMean: mean(check.candidate),
    currentMean: mean(check.current),
    improvement,
    tolerance: check.tolerance,
    verdict,
  };
}

const fmt = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(4)}`;
const describe = (r: CheckResult) =>
  `${r.name}: ${r.candidateMean.toFixed(4)} vs ${r.currentMean.toFixed(4)}, improvement ${fmt(r.improvement.mean)} (95% CI ${fmt(r.improvement.low)} to ${fmt(r.improvement.high)}, ${r.units} ${r.unit}): ${r.verdict}`;

/**
 * The promotion rule. Without a current model the candidate is promoted. Otherwise it is
 * promoted when at least one check is better with 95% confidence (the lower end of the paired
 * bootstrap interval of the improvement above 0) and none is worse with 95% confidence; when an
 * operator forces it, when no check can be worse by more than its tolerance (every lower end at
 * least −tolerance). An equal candidate is therefore kept back unless forced.
 */
export function decidePromotion(
  checks: readonly PairedCheck[] | null,
  rng: Rng,
  options: PromotionOptions = {},
): PromotionDecision {
  const forced = options.force ?? false;
  if (checks === null)
    return { promote: true, forced, reason: 'no active model to compare with', checks: [] };
  const results = checks.map((c) => toCheckResult(c, rng.fork(c.name), options.resamples));
  const details = results.map(describe).join('; ');
  if (forced) {
    const beyond = results.filter((r) => r.improvement.low < -r.tolerance);
    const promote = beyond.length === 0;
    const reason = promote
      ? `forced by the operator, within tolerance on every check (${details})`
      : `forced by the operator but refused: worse than the tolerance on ${beyond.map((r) => `${r.name} (tolerance ${r.tolerance})`).join(', ')} (${details})`;
    return { promote, forced, reason, checks: results };
  }
  const better = results.some((r) => r.verdict === 'better');
  const worse = results.some((r) => r.verdict === 'worse');
  const promote = better && !worse;
  const why = promote
    ? 'better with 95% confidence'
    : worse
      ? 'worse with 95% confidence on a check'
      : 'not better with 95% confidence';
  return {
    promote,
    forced,
    reason: `${why}: ${promote ? 'promoted' : 'kept the current model'} (${details})`,
    checks: results,
  };
}
