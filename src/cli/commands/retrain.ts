import type { Command } from 'commander';
import { retrainWithFeedback, type RetrainDecision } from '../../app/train/index.js';
import { AppError } from '../../errors.js';
import type { CliDeps } from '../deps.js';
import { printJson } from '../io.js';

/** The retrain decision as text. */
export function formatRetrainDecision(d: RetrainDecision): string {
  const m = (x: RetrainDecision['candidate'] | null) =>
    x ? `log loss ${x.logLoss.toFixed(4)}, accuracy ${(x.accuracy * 100).toFixed(1)}%` : 'none';
  return [
    `Feedback: ${d.feedbackEvents} events, ${d.feedbackUsed} used for training, ${d.feedbackSkipped} skipped.`,
    `Compared on held-out ${d.candidate.source} pairs (${d.candidate.pairs}):`,
    `  candidate ${d.version}: ${m(d.candidate)}`,
    `  current model:  ${m(d.current)}`,
    `${d.activated ? 'Activated' : 'Not activated'}: ${d.reason}.`,
    '',
  ].join('\n');
}

/** Registers `careers retrain`: the feedback loop. */
export function registerRetrain(program: Command, deps: CliDeps): void {
  program
    .command('retrain')
    .description(
      'Retrain on synthetic pairs plus stored feedback; activate the new model only if it is not worse.',
    )
    .option('--json', 'print the decision as JSON')
    .action(async (flags: { json?: boolean }) => {
      if (!deps.openRecommender || !deps.now)
        throw new AppError('INTERNAL', 'Retraining is not wired into the CLI.');
      const app = await deps.openRecommender({ needModel: false });
      try {
        const decision = await retrainWithFeedback(app.store, app.ctx, deps.now);
        if (flags.json) printJson(deps.io, decision);
        else deps.io.out(formatRetrainDecision(decision));
      } finally {
        await app.close();
      }
    });
}
