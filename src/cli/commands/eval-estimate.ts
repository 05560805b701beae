import type { Command } from 'commander';
import { runEstimateCheck, toEstimateDocument } from '../../app/estimate-check/index.js';
import { AppError } from '../../errors.js';
import type { CliDeps } from '../deps.js';
import { intFlag } from '../flag-parsers.js';
import { printJson } from '../io.js';
import { evalSubcommands, writeReportSection } from '../report-file.js';

interface EvalEstimateFlags {
  readonly seed: number;
  readonly folds: number;
  readonly pairs: number;
  readonly stride: number;
  readonly resamples: number;
  readonly benchmark: boolean;
  readonly out: string;
  readonly write: boolean;
  readonly json?: boolean;
}

/**
 * Registers `careers eval estimate`: the masking check of the estimated profiles, written to its
 * own section (`estimate`) of docs/EVALUATION.md.
 */
export function registerEvalEstimate(program: Command, deps: CliDeps): void {
  evalSubcommands(program)
    .command('estimate')
    .description(
      "Hide rated occupations' ratings, estimate them as unrated occupations are, and compare; rerun the benchmark on masked profiles.",
    )
    .option('--seed <s>', 'random seed', intFlag(0, 2 ** 31 - 1), 42)
    .option('--folds <k>', 'cross-validation folds', intFlag(2, 10), 5)
    .option('--pairs <n>', 'training pairs per model', intFlag(500, 1_000_000), 20_000)
    .option('--stride <n>', 'use every n-th source occupation', intFlag(1, 100), 1)
    .option('--resamples <n>', 'bootstrap resamples', intFlag(50, 10_000), 1000)
    .option('--no-benchmark', 'only compare the profiles, skip the masked benchmark')
    .option('--out <file>', 'where to write the report', 'docs/EVALUATION.md')
    .option('--no-write', 'print only, do not write the report')
    .option('--json', 'print the results as JSON')
    .action(async (flags: EvalEstimateFlags) => {
      if (!deps.openRecommender || !deps.now)
        throw new AppError('INTERNAL', 'Evaluation is not wired into the CLI.');
      const app = await deps.openRecommender({ needModel: false });
      try {
        const started = deps.now().getTime();
        let stage = '';
        const report = runEstimateCheck(app.ctx, {
          seed: flags.seed,
          folds: flags.folds,
          pairs: flags.pairs,
          sourceStride: flags.stride,
          resamples: flags.resamples,
          kinds: ['full', 'sparse'],
          benchmarked: flags.benchmark ? ['product', 'no-related'] : [],
          onProgress: (name) => {
            if (name !== stage) deps.io.err(`${(stage = name)}…\n`);
          },
        });
        const seconds = (deps.now().getTime() - started) / 1000;
        const command = `careers eval estimate --seed ${flags.seed} --folds ${flags.folds} --pairs ${flags.pairs} --stride ${flags.stride} --resamples ${flags.resamples}${flags.benchmark ? '' : ' --no-benchmark'}`;
        const markdown = toEstimateDocument(report, command);
        if (flags.json) printJson(deps.io, { ...report, seconds });
        else deps.io.out(`${markdown}\n(${seconds.toFixed(0)} s)\n`);
        if (flags.write) {
          await writeReportSection(flags.out, 'estimate', markdown);
          deps.io.err(`wrote ${flags.out}\n`);
        }
      } finally {
        await app.close();
      }
    });
}
