import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import {
  runBenchmark,
  toEvaluationDocument,
  toEvaluationTables,
  toHubnessSection,
  toHubVariantsSection,
} from '../../app/evaluate/index.js';
import { DEFAULT_TRAINING } from '../../app/train/index.js';
import { QUERY_KINDS } from '../../core/evaluation/index.js';
import { AppError } from '../../errors.js';
import type { CliDeps } from '../deps.js';
import { intFlag } from '../flag-parsers.js';
import { printJson } from '../io.js';
import { writeReportSection } from '../report-file.js';

interface EvalFlags {
  readonly seed: number;
  readonly folds: number;
  readonly pairs: number;
  readonly stride: number;
  readonly resamples: number;
  readonly out: string;
  readonly write: boolean;
  readonly json?: boolean;
  readonly hubVariants?: boolean;
}

/** Registers `careers eval`: the benchmark against O*NET's expert-reviewed related occupations. */
export function registerEval(program: Command, deps: CliDeps): void {
  program
    .command('eval')
    .description(
      "Measure the model and the baselines against O*NET's related occupations; writes docs/EVALUATION.md.",
    )
    .option('--seed <s>', 'random seed', intFlag(0, 2 ** 31 - 1), 42)
    .option('--folds <k>', 'cross-validation folds', intFlag(2, 10), 5)
    .option(
      '--pairs <n>',
      'training pairs per model',
      intFlag(500, 1_000_000),
      DEFAULT_TRAINING.pairs,
    )
    .option('--stride <n>', 'use every n-th source occupation (1 = all 894)', intFlag(1, 100), 1)
    .option('--resamples <n>', 'bootstrap resamples', intFlag(50, 10_000), 1000)
    .option('--out <file>', 'where to write the report', 'docs/EVALUATION.md')
    .option('--no-write', 'print only, do not write the report')
    .option('--json', 'print the results as JSON')
    .option(
      '--hub-variants',
      'also compare the hub-correction variants (writes its own section, hubness-variants)',
    )
    .action(async (flags: EvalFlags) => {
      if (!deps.openRecommender || !deps.now)
        throw new AppError('INTERNAL', 'Evaluation is not wired into the CLI.');
      const app = await deps.openRecommender({ needModel: false });
      const bar = deps.io.interactive
        ? new cliProgress.SingleBar(
            { format: ' {stage} [{bar}] {value}/{total}', stream: process.stderr },
            cliProgress.Presets.shades_classic,
          )
        : null;
      let stage = '';
      try {
        const started = deps.now().getTime();
        const report = runBenchmark(app.ctx, {
          seed: flags.seed,
          folds: flags.folds,
          pairs: flags.pairs,
          sourceStride: flags.stride,
          kinds: QUERY_KINDS,
          resamples: flags.resamples,
          hubVariants: flags.hubVariants ?? false,
          onProgress: (name, done, total) => {
            if (name !== stage) {
              bar?.stop();
              stage = name;
              bar?.start(total, done, { stage: name });
              if (!bar) deps.io.err(`${name}…\n`);
            } else bar?.update(done);
          },
        });
        bar?.stop();
        const seconds = (deps.now().getTime() - started) / 1000;
        if (flags.json) printJson(deps.io, { ...report, seconds });
        const command = `careers eval --seed ${flags.seed} --folds ${flags.folds} --pairs ${flags.pairs} --stride ${flags.stride} --resamples ${flags.resamples}`;
        const variants = report.hubVariants
          ? toHubVariantsSection(report.hubVariants, `${command} --hub-variants`)
          : null;
        if (!flags.json)
          deps.io.out(
            `${toEvaluationTables(report)}\n${toHubnessSection(report.hubness)}\n${variants ?? ''}(${seconds.toFixed(0)} s)\n`,
          );
        if (flags.write) {
          if (variants) await writeReportSection(flags.out, 'hubness-variants', variants);
          await writeReportSection(
            flags.out,
            'benchmark',
            toEvaluationDocument(report, command, null),
          );
          deps.io.err(`wrote ${flags.out}\n`);
        }
      } finally {
        bar?.stop();
        await app.close();
      }
    });
}
