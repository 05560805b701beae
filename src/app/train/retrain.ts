import { accuracy, logLoss } from '../../core/model/index.js';
import type { Scorer } from '../../core/ranking/index.js';
import { toUserContext } from '../../core/features/index.js';
import type { Store } from '../ports/index.js';
import type { RecommenderContext } from '../recommend/index.js';
import { foldOf } from '../related/index.js';
import { DEFAULT_TRAINING, saveAndActivate, saveTrained } from './ensure-model.js';
import { toFeedbackPairs } from './feedback-pairs.js';
import { loadActiveModel } from './load-model.js';
import { trainModel, type TrainOptions } from './train-model.js';
import type { TrainingPair } from './training-pairs.js';

/** Held-out numbers of one model. */
export interface HeldOutMetrics {
  readonly source: 'feedback' | 'synthetic';
  readonly pairs: number;
  readonly logLoss: number;
  readonly accuracy: number;
}

/** What a retrain decided and why, with the numbers behind it. */
export interface RetrainDecision {
  readonly version: string;
  readonly activated: boolean;
  readonly reason: string;
  readonly feedbackEvents: number;
  readonly feedbackUsed: number;
  readonly feedbackSkipped: number;
  readonly candidate: HeldOutMetrics;
  readonly current: HeldOutMetrics | null;
}

/** Fewest held-out feedback pairs before the comparison uses feedback rather than synthetic pairs. */
export const MIN_HELD_OUT_FEEDBACK = 10;
/** How much worse (log loss) a candidate may be and still count as "not worse". */
export const LOG_LOSS_TOLERANCE = 0.005;

// Compares the logistic models' own probabilities, which is what training fits and feedback can
// change; the product ranks with them plus query expansion (app/recommend toExpandedScorer),
// which learns nothing from feedback and would blur the log loss with a blended score.
function heldOut(
  ctx: RecommenderContext,
  scorer: Scorer,
  pairs: readonly TrainingPair[],
  source: HeldOutMetrics['source'],
): HeldOutMetrics {
  const y = pairs.map((p) => p.label);
  const p = pairs.map((pair) =>
    scorer.scoreOne(toUserContext(pair.user, ctx.population), ctx.careers[pair.careerIndex]!),
  );
  return { source, pairs: pairs.length, logLoss: logLoss(y, p), accuracy: accuracy(y, p) };
}

/** The activation rule: no current model, or a held-out log loss at most LOG_LOSS_TOLERANCE worse. */
export function isNotWorse(candidate: HeldOutMetrics, current: HeldOutMetrics | null): boolean {
  return current === null || candidate.logLoss <= current.logLoss + LOG_LOSS_TOLERANCE;
}

/**
 * The feedback loop: trains on synthetic pairs plus 80% of the stored feedback (with weights),
 * compares the candidate with the active model on the other 20% (or, with too little feedback,
 * on held-out synthetic pairs), and activates it only if it is not worse. The decision and its
 * numbers are recorded either way.
 */
export async function retrainWithFeedback(
  store: Store,
  ctx: RecommenderContext,
  now: () => Date,
  options: Partial<TrainOptions> = {},
): Promise<RetrainDecision> {
  const events = await store.listFeedback();
  const { pairs, skipped } = toFeedbackPairs(ctx, events);
  const isHeldOut = (p: { eventId: number }) => foldOf(`feedback-${p.eventId}`, 5) === 0;
  const trainFeedback = pairs.filter((p) => !isHeldOut(p));
  const testFeedback = pairs.filter(isHeldOut);
  const candidate = trainModel(
    ctx,
    { ...DEFAULT_TRAINING, ...options, extraPairs: trainFeedback },
    now().toISOString(),
  );
  const current = await loadActiveModel(store).catch(() => null);

  const useFeedback = testFeedback.length >= MIN_HELD_OUT_FEEDBACK;
  const comparison: readonly TrainingPair[] = useFeedback ? testFeedback : candidate.heldOutPairs;
  const source = useFeedback ? 'feedback' : 'synthetic';
  const candidateMetrics = heldOut(ctx, candidate.scorer, comparison, source);
  const currentMetrics = current ? heldOut(ctx, current.scorer, comparison, source) : null;
  const notWorse =
    currentMetrics === null ||
    candidateMetrics.logLoss <= currentMetrics.logLoss + LOG_LOSS_TOLERANCE;
  const reason =
    currentMetrics === null
      ? 'no active model to compare with'
      : `held-out ${source} log loss ${candidateMetrics.logLoss.toFixed(4)} vs current ${currentMetrics.logLoss.toFixed(4)} on ${comparison.length} pairs: ${notWorse ? 'not worse, activated' : 'worse, kept the current model'}`;
  const decision: RetrainDecision = {
    version: candidate.version,
    activated: notWorse,
    reason,
    feedbackEvents: events.length,
    feedbackUsed: trainFeedback.length,
    feedbackSkipped: skipped,
    candidate: candidateMetrics,
    current: currentMetrics,
  };
  const decidedAt = now().toISOString();
  if (notWorse) {
    await saveAndActivate(store, candidate, decidedAt, reason, decision);
  } else {
    await saveTrained(store, candidate);
    await store.recordDecision(candidate.version, { reason, metrics: decision, decidedAt });
  }
  return decision;
}
