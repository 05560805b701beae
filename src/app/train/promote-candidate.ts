import {
  decidePromotion,
  type PairedCheck,
  type PromotionDecision,
} from '../../core/evaluation/index.js';
import { createRng } from '../../core/random/index.js';
import type { ModelRegistry } from '../ports/index.js';
import type { RecommenderContext } from '../recommend/index.js';
import { saveTrained } from './ensure-model.js';
import { benchmarkChecks, feedbackCheck, type PersonPair } from './held-out-checks.js';
import { loadActiveModel } from './load-model.js';
import type { TrainedModel } from './train-model.js';

/** What started a training run that ends in a promotion decision. */
export type PromotionTrigger = 'careers train' | 'retrain';

/** Options of one promotion decision. */
export interface PromoteOptions {
  readonly trigger: PromotionTrigger;
  readonly now: () => Date;
  /** The operator accepts a candidate within each check's tolerance. */
  readonly force?: boolean;
  /** Held-out feedback (people never trained on); a check once there are enough people. */
  readonly heldOutFeedback?: readonly PersonPair[];
  /** Bootstrap resamples (default 1000); the seed is fixed so the same data decides the same. */
  readonly resamples?: number;
}

/** The recorded outcome: the decision, its numbers, and which model it was compared with. */
export interface PromotionOutcome extends PromotionDecision {
  readonly version: string;
  readonly trigger: PromotionTrigger;
  readonly activated: boolean;
  /** The active model the candidate was compared with (null when there was none). */
  readonly comparedWith: string | null;
  readonly decidedAt: string;
}

/** The seed of the promotion bootstrap: a fixed one, so a decision can be re-checked. */
const PROMOTION_SEED = 2718;

/**
 * Saves a candidate and decides whether it replaces the active model: both are measured on the
 * same held-out data (the benchmark's held-out source occupations, sparse and full queries, and
 * held-out feedback when enough people gave some), compared with a paired bootstrap and judged
 * by decidePromotion. The decision, its reason and its numbers are recorded either way (GET
 * /v1/model lists them). An active model that no longer loads counts as none.
 */
export async function promoteCandidate(
  registry: ModelRegistry,
  ctx: RecommenderContext,
  candidate: TrainedModel,
  options: PromoteOptions,
): Promise<PromotionOutcome> {
  const current = await loadActiveModel(registry).catch(() => null);
  let checks: PairedCheck[] | null = null;
  if (current) {
    checks = benchmarkChecks(ctx, candidate.scorer, current.scorer);
    const feedback = feedbackCheck(
      ctx,
      candidate.scorer,
      current.scorer,
      options.heldOutFeedback ?? [],
    );
    if (feedback) checks.push(feedback);
  }
  const decision = decidePromotion(checks, createRng(PROMOTION_SEED).fork('promotion'), {
    force: options.force,
    resamples: options.resamples,
  });
  const decidedAt = options.now().toISOString();
  const outcome: PromotionOutcome = {
    ...decision,
    version: candidate.version,
    trigger: options.trigger,
    activated: decision.promote,
    comparedWith: current?.version ?? null,
    decidedAt,
  };
  const record = {
    reason: `${options.trigger}: ${decision.reason}`,
    metrics: { ...outcome, training: candidate.report },
    decidedAt,
  };
  await saveTrained(registry, candidate);
  if (decision.promote) await registry.activateModel(candidate.version, record);
  else await registry.recordDecision(candidate.version, record);
  return outcome;
}
