import { Option, type Command } from 'commander';
import { runEstimateCheck, toEstimateDocument } from '../../app/estimate-check/index.js';
import { wired, type CliDeps } from '../deps.js';
import { printJson } from '../io.js';
import { evalSubcommands } from '../command-groups.js';
import { withRecommender } from '../recommender-port.js';
import {
  crossValidationArgs,
  crossValidationOptions,
  reportCommand,
  resamplesOption,
  toCrossValidation,
  timed,
  writeReportIfAsked,
  type CrossValidationFlags,
  type ReportFlags,
} from '../report-command.js';

interface EvalEstimateFlags extends ReportFlags, CrossValidationFlags {
  readonly resamples: number;
  readonly benchmark: boolean;
}

/**
 * Registers `careers eval estimate`: the masking check of the estimated profiles, written to its
 * own section (`estimate`) of docs/EVALUATION.md.
 */
export function registerEvalEstimate(program: Command, deps: CliDeps): void {
  reportCommand(
    evalSubcommands(program),
    'estimate',
    "Hide rated occupations' ratings, estimate them as unrated occupations are, and compare; rerun the benchmark on masked profiles.",
    [
      ...crossValidationOptions(undefined, 20_000),
      resamplesOption(),
      new Option('--no-benchmark', 'only compare the profiles, skip the masked benchmark'),
    ],
  ).action(async (flags: EvalEstimateFlags) => {
    const openRecommender = wired(deps.openRecommender, 'Evaluation');
    const now = wired(deps.now, 'Evaluation');
    await withRecommender(openRecommender, { needModel: false }, async (app) => {
      let stage = '';
      const { result: report, seconds } = await timed(now, () =>
        runEstimateCheck(app.ctx, {
          ...toCrossValidation(flags),
          resamples: flags.resamples,
          kinds: ['full', 'sparse'],
          benchmarked: flags.benchmark ? ['product', 'no-related'] : [],
          onProgress: (name) => {
            if (name !== stage) deps.io.err(`${(stage = name)}…\n`);
          },
        }),
      );
      const command = `careers eval estimate ${crossValidationArgs(flags)} --resamples ${flags.resamples}${flags.benchmark ? '' : ' --no-benchmark'}`;
      const markdown = toEstimateDocument(report, command);
      if (flags.json) printJson(deps.io, { ...report, seconds });
      else deps.io.out(`${markdown}\n(${seconds.toFixed(0)} s)\n`);
      await writeReportIfAsked(deps.io, flags, 'estimate', markdown);
    });
  });
}
