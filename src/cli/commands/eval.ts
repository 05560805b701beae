import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import {
  runBenchmark,
  toEvaluationDocument,
  toEvaluationTables,
  toHubnessSection,
  toHubVariantsSection,
} from '../../app/evaluate/index.js';
import { QUERY_KINDS } from '../../core/evaluation/index.js';
import { wired, type CliDeps } from '../deps.js';
import { printJson } from '../io.js';
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
import { writeReportSection } from '../report-file.js';

interface EvalFlags extends ReportFlags, CrossValidationFlags {
  readonly resamples: number;
  readonly hubVariants?: boolean;
}

/** Registers `careers eval`: the benchmark against O*NET's expert-reviewed related occupations. */
export function registerEval(program: Command, deps: CliDeps): void {
  reportCommand(
    program,
    'eval',
    "Measure the model and the baselines against O*NET's related occupations; writes docs/EVALUATION.md.",
    [
      ...crossValidationOptions('use every n-th source occupation (1 = all 894)'),
      resamplesOption(),
    ],
  )
    .option(
      '--hub-variants',
      'also compare the hub-correction variants (writes its own section, hubness-variants)',
    )
    .action(async (flags: EvalFlags) => {
      const openRecommender = wired(deps.openRecommender, 'Evaluation');
      const now = wired(deps.now, 'Evaluation');
      const bar = deps.io.interactive
        ? new cliProgress.SingleBar(
            { format: ' {stage} [{bar}] {value}/{total}', stream: process.stderr },
            cliProgress.Presets.shades_classic,
          )
        : null;
      let stage = '';
      await withRecommender(openRecommender, { needModel: false }, async (app) => {
        try {
          const { result: report, seconds } = await timed(now, () => {
            const measured = runBenchmark(app.ctx, {
              ...toCrossValidation(flags),
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
            return measured;
          });
          if (flags.json) printJson(deps.io, { ...report, seconds });
          const command = `careers eval ${crossValidationArgs(flags)} --resamples ${flags.resamples}`;
          const variants = report.hubVariants
            ? toHubVariantsSection(report.hubVariants, `${command} --hub-variants`)
            : null;
          if (!flags.json)
            deps.io.out(
              `${toEvaluationTables(report)}\n${toHubnessSection(report.hubness)}\n${variants ?? ''}(${seconds.toFixed(0)} s)\n`,
            );
          if (flags.write && variants)
            await writeReportSection(flags.out, 'hubness-variants', variants);
          const document = toEvaluationDocument(report, command, null);
          await writeReportIfAsked(deps.io, flags, 'benchmark', document);
        } finally {
          bar?.stop();
        }
      });
    });
}
