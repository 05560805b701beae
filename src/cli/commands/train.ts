import type { Command } from 'commander';
import {
  DEFAULT_TRAINING,
  promoteCandidate,
  saveTrained,
  trainModel,
  type TrainingReport,
  type TrainingRecipe,
} from '../../app/train/index.js';
import { AppError } from '../../errors.js';
import { wired, type CliDeps } from '../deps.js';
import { intFlag, positiveFlag } from '../flag-parsers.js';
import { printJson } from '../io.js';
import { seedOption, timed } from '../report-command.js';
import { withRecommender } from '../recommender-port.js';
import { formatPromotion } from '../format-promotion.js';

interface TrainFlags {
  readonly pairs: number;
  readonly seed: number;
  readonly recipe: TrainingRecipe;
  readonly c: number;
  readonly penalty: 'l2' | 'l1' | 'elasticnet';
  readonly l1Ratio?: number;
  readonly activate: boolean;
  readonly force?: boolean;
  readonly json?: boolean;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The training story as text. */
export function formatTrainingReport(
  r: TrainingReport,
  version: string,
  where: string,
  seconds: number,
): string {
  const counts = Object.entries(r.countsByType).map(([k, v]) => `  ${k.padEnd(16)} ${v}`);
  const top = r.topCoefficients.map(
    (c) => `  ${`${c.weight >= 0 ? '+' : ''}${c.weight.toFixed(3)}`.padStart(7)}  ${c.name}`,
  );
  const calibration = r.calibration
    .filter((b) => b.count > 0)
    .map(
      (b) =>
        `  ${b.lower.toFixed(1)}–${b.upper.toFixed(1)}: predicted ${pct(b.meanPredicted ?? 0)}, observed ${pct(b.observedRate ?? 0)} (n=${b.count})`,
    );
  return [
    `Training data: ${r.pairs} labelled user–career pairs (recipe ${r.recipe}, seed ${r.seed}), ${r.positives} good matches.`,
    'Pairs per match type:',
    ...counts,
    `Split by source occupation: ${r.trainPairs} train / ${r.testPairs} held-out test pairs.`,
    `Accuracy: train ${pct(r.trainAccuracy)}, test ${pct(r.testAccuracy)} (the seed system reported about 78% on both).`,
    `Held-out ROC AUC ${r.rocAuc.toFixed(3)}, log loss ${r.logLoss.toFixed(3)}, Brier ${r.brierScore.toFixed(3)}.`,
    `Confusion (test, threshold 0.5): TP ${r.confusion.truePositive}, FP ${r.confusion.falsePositive}, TN ${r.confusion.trueNegative}, FN ${r.confusion.falseNegative}.`,
    'Calibration (test):',
    ...calibration,
    `Features: ${r.featureCount}; non-zero coefficients: ${r.nonZeroCoefficients} of ${r.featureCount} (the seed system: 137 of 150).`,
    `Solver: ${r.iterations} quasi-Newton iterations (L-BFGS, or OWL-QN with L1), ${r.converged ? 'converged' : 'NOT converged'}.`,
    'Strongest coefficients (standardized):',
    ...top,
    `Saved model ${version} to ${where} in ${seconds.toFixed(1)} s.`,
    '',
  ].join('\n');
}

/** Registers `careers train`: trains, reports and activates the logistic model. */
export function registerTrain(program: Command, deps: CliDeps): void {
  program
    .command('train')
    .description(
      'Train the logistic-regression model on seeded synthetic user–career pairs; activate it only if it beats the active model on held-out data (95% confidence).',
    )
    .option(
      '--pairs <n>',
      'number of labelled pairs',
      intFlag(100, 1_000_000),
      DEFAULT_TRAINING.pairs,
    )
    .addOption(seedOption())
    .option(
      '--recipe <r>',
      'synthetic (six match types), related (O*NET related occupations) or blended',
      'blended',
    )
    .option('--c <c>', 'inverse regularization strength C', positiveFlag, 1)
    .option('--penalty <p>', 'l2, l1 or elasticnet', 'l2')
    .option('--l1-ratio <r>', 'share of L1 in the elastic net (0–1)', positiveFlag)
    .option('--no-activate', 'save the model without considering it for activation')
    .option(
      '--force',
      'activate a candidate that is not clearly better, as long as it is within the stated tolerance on every check',
    )
    .option(
      '--json',
      'print the report as JSON (trainAccuracy, testAccuracy, featureCount, nonZeroCoefficients, …)',
    )
    .action(async (flags: TrainFlags) => {
      const openRecommender = wired(deps.openRecommender, 'Training');
      const now = wired(deps.now, 'Training');
      if (!['synthetic', 'related', 'blended'].includes(flags.recipe)) {
        throw new AppError(
          'VALIDATION_FAILED',
          `--recipe must be synthetic, related or blended, not "${flags.recipe}".`,
        );
      }
      await withRecommender(openRecommender, { needModel: false }, async (app) => {
        const { result, seconds } = await timed(now, async () => {
          const trained = trainModel(
            app.ctx,
            {
              pairs: flags.pairs,
              seed: flags.seed,
              recipe: flags.recipe,
              C: flags.c,
              penalty: flags.penalty,
              l1Ratio: flags.l1Ratio,
            },
            now().toISOString(),
          );
          const promotion = flags.activate
            ? await promoteCandidate(app.store, app.ctx, trained, {
                trigger: 'careers train',
                now,
                force: flags.force,
              })
            : null;
          if (!promotion) await saveTrained(app.store, trained);
          return { trained, promotion };
        });
        const { trained, promotion } = result;
        const activated = promotion?.activated ?? false;
        if (flags.json) {
          printJson(deps.io, {
            version: trained.version,
            activated,
            store: app.store.location,
            metrics: trained.report,
            promotion,
          });
        } else {
          deps.io.out(
            formatTrainingReport(
              trained.report,
              trained.version,
              `${app.store.kind} store ${app.store.location}${activated ? ' (active)' : ''}`,
              seconds,
            ),
          );
          if (promotion) deps.io.out(formatPromotion(promotion));
        }
      });
    });
}
