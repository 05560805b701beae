import { Option, type Command } from 'commander';
import { runTextBenchmark, toTextBenchmarkSection } from '../../app/text-benchmark/index.js';
import { wired, type CliDeps } from '../deps.js';
import { intFlag } from '../flag-parsers.js';
import { printJson } from '../io.js';
import { withRecommender } from '../recommender-port.js';
import {
  pairsOption,
  progressLines,
  reportCommand,
  resamplesOption,
  seedOption,
  writeReportIfAsked,
  type ReportFlags,
} from '../report-command.js';

interface EvalResumeFlags extends ReportFlags {
  readonly seed: number;
  readonly fold: number;
  readonly pairs: number;
  readonly resamples: number;
}

/** Registers `careers eval-resume`: the résumé benchmark; writes its own report section. */
export function registerEvalResume(program: Command, deps: CliDeps): void {
  reportCommand(
    program,
    'eval-resume',
    'Measure reading résumés: texts written from held-out occupations, top-1/top-3 occupation accuracy and downstream NDCG@10; writes the "resume-benchmark" section of docs/EVALUATION.md.',
    [
      seedOption(),
      new Option('--fold <f>', 'the held-out fold (of 5)').argParser(intFlag(0, 4)).default(0),
      pairsOption('training pairs of the ranking model'),
      resamplesOption(),
    ],
  ).action(async (flags: EvalResumeFlags) => {
    const openRecommender = wired(deps.openRecommender, 'The recommender');
    await withRecommender(openRecommender, { needModel: false }, async (app) => {
      const report = runTextBenchmark(app.ctx, {
        seed: flags.seed,
        fold: flags.fold,
        pairs: flags.pairs,
        resamples: flags.resamples,
        onProgress: progressLines(deps.io),
      });
      const command = `careers eval-resume --seed ${flags.seed} --fold ${flags.fold} --pairs ${flags.pairs} --resamples ${flags.resamples}`;
      const section = toTextBenchmarkSection(report, command);
      if (flags.json) printJson(deps.io, report);
      else deps.io.out(section);
      await writeReportIfAsked(deps.io, flags, 'resume-benchmark', section);
    });
  });
}
