import type { Command } from 'commander';
import {
  runFeedbackSimulation,
  toFeedbackSimulationMarkdown,
  toSimulationVerdict,
  type FeedbackSimulationReport,
} from '../../app/simulate/index.js';
import { DEFAULT_TRAINING } from '../../app/train/index.js';
import { AppError } from '../../errors.js';
import type { CliDeps } from '../deps.js';
import { intFlag } from '../flag-parsers.js';
import { printJson } from '../io.js';
import { evalSubcommands, writeReportSection } from '../report-file.js';

interface EvalFeedbackFlags {
  readonly seed: number;
  readonly pairs: number;
  readonly events: string;
  readonly resamples: number;
  readonly out: string;
  readonly write: boolean;
  readonly json?: boolean;
}

/** The section of docs/EVALUATION.md this command owns. */
export const FEEDBACK_SECTION = 'feedback-simulation';

function parseCheckpoints(text: string): number[] {
  const values = text.split(',').map((v) => Number(v.trim()));
  if (values.some((v) => !Number.isInteger(v) || v < 0) || values.length === 0)
    throw new AppError(
      'VALIDATION_FAILED',
      `--events takes ascending whole numbers separated by commas, such as 0,1000,5000,20000; got "${text}".`,
    );
  return [...new Set([0, ...values])].sort((a, b) => a - b);
}

const toTable = (report: FeedbackSimulationReport) =>
  [
    'events   people   sparse NDCG@10  Recall@10  gain     full NDCG@10  gain',
    ...report.rounds.map(
      (r) =>
        `${String(r.events).padEnd(8)} ${String(r.people).padEnd(8)} ${r.ndcg10.toFixed(3).padEnd(15)} ${r.recall10.toFixed(3).padEnd(10)} ${r.sparseGain.mean.toFixed(3).padEnd(8)} ${r.ndcg10Full.toFixed(3).padEnd(13)} ${r.fullGain.mean.toFixed(3)}`,
    ),
    toSimulationVerdict(report).replace(/\*\*/g, ''),
    '',
  ].join('\n');

/** Registers `careers eval feedback`: the simulated feedback loop, under `careers eval`. */
export function registerEvalFeedback(program: Command, deps: CliDeps): void {
  evalSubcommands(program)
    .command('feedback')
    .description(
      'Simulate people reacting to the recommendations, retrain on their feedback and measure NDCG@10 on new held-out people; writes its section of docs/EVALUATION.md.',
    )
    .option('--seed <s>', 'random seed', intFlag(0, 2 ** 31 - 1), 42)
    .option(
      '--pairs <n>',
      'synthetic training pairs per model',
      intFlag(500, 1_000_000),
      DEFAULT_TRAINING.pairs,
    )
    .option('--events <list>', 'feedback events at each checkpoint', '0,1000,5000,20000')
    .option('--resamples <n>', 'bootstrap resamples', intFlag(50, 10_000), 1000)
    .option('--out <file>', 'where to write the report', 'docs/EVALUATION.md')
    .option('--no-write', 'print only, do not write the report')
    .option('--json', 'print the results as JSON')
    .action(async (flags: EvalFeedbackFlags) => {
      if (!deps.openRecommender || !deps.now)
        throw new AppError('INTERNAL', 'Evaluation is not wired into the CLI.');
      const checkpoints = parseCheckpoints(flags.events);
      const app = await deps.openRecommender({ needModel: false });
      try {
        const started = deps.now().getTime();
        const report = runFeedbackSimulation(app.ctx, {
          seed: flags.seed,
          pairs: flags.pairs,
          checkpoints,
          resamples: flags.resamples,
          onProgress: (stage, done, total) => deps.io.err(`${stage} ${done}/${total}\n`),
        });
        const seconds = (deps.now().getTime() - started) / 1000;
        if (flags.json) printJson(deps.io, { ...report, seconds });
        else deps.io.out(`${toTable(report)}(${seconds.toFixed(0)} s)\n`);
        if (flags.write) {
          const command = `careers eval feedback --seed ${flags.seed} --pairs ${flags.pairs} --events ${checkpoints.join(',')} --resamples ${flags.resamples}`;
          await writeReportSection(
            flags.out,
            FEEDBACK_SECTION,
            toFeedbackSimulationMarkdown(report, command),
          );
          deps.io.err(`wrote ${flags.out}\n`);
        }
      } finally {
        await app.close();
      }
    });
}
