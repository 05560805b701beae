import type { Command } from 'commander';
import { runTextBenchmark, toTextBenchmarkSection } from '../../app/text-benchmark/index.js';
import { DEFAULT_TRAINING } from '../../app/train/index.js';
import { wired, type CliDeps } from '../deps.js';
import { intFlag } from '../flag-parsers.js';
import { printJson } from '../io.js';
import { writeReportSection } from '../report-file.js';

interface EvalResumeFlags {
  readonly seed: number;
  readonly fold: number;
  readonly pairs: number;
  readonly resamples: number;
  readonly out: string;
  readonly write: boolean;
  readonly json?: boolean;
}

/** Registers `careers eval-resume`: the résumé benchmark; writes its own report section. */
export function registerEvalResume(program: Command, deps: CliDeps): void {
  program
    .command('eval-resume')
    .description(
      'Measure reading résumés: texts written from held-out occupations, top-1/top-3 occupation accuracy and downstream NDCG@10; writes the "resume-benchmark" section of docs/EVALUATION.md.',
    )
    .option('--seed <s>', 'random seed', intFlag(0, 2 ** 31 - 1), 42)
    .option('--fold <f>', 'the held-out fold (of 5)', intFlag(0, 4), 0)
    .option(
      '--pairs <n>',
      'training pairs of the ranking model',
      intFlag(500, 1_000_000),
      DEFAULT_TRAINING.pairs,
    )
    .option('--resamples <n>', 'bootstrap resamples', intFlag(50, 10_000), 1000)
    .option('--out <file>', 'where to write the report', 'docs/EVALUATION.md')
    .option('--no-write', 'print only, do not write the report')
    .option('--json', 'print the results as JSON')
    .action(async (flags: EvalResumeFlags) => {
      const openRecommender = wired(deps.openRecommender, 'The recommender');
      const app = await openRecommender({ needModel: false });
      try {
        const report = runTextBenchmark(app.ctx, {
          seed: flags.seed,
          fold: flags.fold,
          pairs: flags.pairs,
          resamples: flags.resamples,
          onProgress: (stage, done, total) => deps.io.err(`${stage} ${done}/${total}\n`),
        });
        const command = `careers eval-resume --seed ${flags.seed} --fold ${flags.fold} --pairs ${flags.pairs} --resamples ${flags.resamples}`;
        const section = toTextBenchmarkSection(report, command);
        if (flags.json) printJson(deps.io, report);
        else deps.io.out(section);
        if (flags.write) {
          await writeReportSection(flags.out, 'resume-benchmark', section);
          deps.io.err(`wrote ${flags.out}\n`);
        }
      } finally {
        await app.close();
      }
    });
}
