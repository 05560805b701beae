import type { Command } from 'commander';
import { retrainWithFeedback, type RetrainDecision } from '../../app/train/index.js';
import { wired, type CliDeps } from '../deps.js';
import { printJson } from '../io.js';
import { withRecommender } from '../recommender-port.js';
import { formatPromotion } from '../format-promotion.js';

/** The retrain decision as text. */
export function formatRetrainDecision(d: RetrainDecision): string {
  return [
    `Feedback: ${d.feedbackEvents} events, ${d.feedbackUsed} used for training, ${d.feedbackHeldOut} held out (people never trained on), ${d.feedbackSkipped} skipped.`,
    formatPromotion(d),
  ].join('\n');
}

/** Registers `careers retrain`: the feedback loop. */
export function registerRetrain(program: Command, deps: CliDeps): void {
  program
    .command('retrain')
    .description(
      'Retrain on synthetic pairs plus stored feedback; activate the new model only if it is better than the active one on held-out data (95% confidence).',
    )
    .option(
      '--force',
      'activate a candidate that is not clearly better, as long as it is within the stated tolerance on every check',
    )
    .option('--json', 'print the decision as JSON')
    .action(async (flags: { json?: boolean; force?: boolean }) => {
      const openRecommender = wired(deps.openRecommender, 'Retraining');
      const now = wired(deps.now, 'Retraining');
      await withRecommender(openRecommender, { needModel: false }, async (app) => {
        const decision = await retrainWithFeedback(app.store, app.ctx, now, {
          force: flags.force,
        });
        if (flags.json) printJson(deps.io, decision);
        else deps.io.out(formatRetrainDecision(decision));
      });
    });
}
