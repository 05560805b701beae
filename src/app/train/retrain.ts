import type { Store } from '../ports/index.js';
import type { RecommenderContext } from '../recommend/index.js';
import { foldOf } from '../related/index.js';
import { DEFAULT_TRAINING } from './ensure-model.js';
import { createRng } from '../../core/random/index.js';
import { toFeedbackPairs } from './feedback-pairs.js';
import { toTrainingFeedback } from './training-feedback.js';
import { promoteCandidate, type PromotionOutcome } from './promote-candidate.js';
import { trainModel, type TrainOptions } from './train-model.js';

/** What a retrain decided and why, with the numbers behind it and the feedback it used. */
export interface RetrainDecision extends PromotionOutcome {
  readonly feedbackEvents: number;
  readonly feedbackUsed: number;
  readonly feedbackHeldOut: number;
  readonly feedbackSkipped: number;
}

/** Whether a person's feedback is held out of training (one fold in five, by subject id). */
export const isHeldOutPerson = (person: string): boolean => foldOf(`feedback-${person}`, 5) === 0;

/**
 * The feedback loop: trains on synthetic pairs plus the stored feedback of four people in five
 * (as FEEDBACK_RECIPE says), and lets promoteCandidate decide on the held-out source occupations and the
 * other people's feedback. The decision and its numbers are recorded either way.
 */
export async function retrainWithFeedback(
  store: Store,
  ctx: RecommenderContext,
  now: () => Date,
  options: Partial<TrainOptions> & { readonly force?: boolean } = {},
): Promise<RetrainDecision> {
  const { force, ...training } = options;
  const events = await store.listFeedback();
  const { pairs, skipped } = toFeedbackPairs(ctx, events);
  const trainFeedback = pairs.filter((p) => !isHeldOutPerson(p.person));
  const testFeedback = pairs.filter((p) => isHeldOutPerson(p.person));
  const settings = { ...DEFAULT_TRAINING, ...training };
  const negatives = createRng(settings.seed).fork('feedback-negatives');
  const candidate = trainModel(
    ctx,
    {
      ...settings,
      extraPairs: toTrainingFeedback(
        trainFeedback,
        () => negatives.int(ctx.careers.length),
        settings.pairs,
      ),
    },
    now().toISOString(),
  );
  const outcome = await promoteCandidate(store, ctx, candidate, {
    trigger: 'retrain',
    now,
    force,
    heldOutFeedback: testFeedback,
  });
  return {
    ...outcome,
    feedbackEvents: events.length,
    feedbackUsed: trainFeedback.length,
    feedbackHeldOut: testFeedback.length,
    feedbackSkipped: skipped,
  };
}
