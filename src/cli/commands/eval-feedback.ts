import { Option, type Command } from 'commander';
import {
  runFeedbackSimulation,
  toFeedbackSimulationMarkdown,
  toSimulationVerdict,
  type FeedbackSimulationReport,
} from '../../app/simulate/index.js';
import { AppError } from '../../errors.js';
import { wired, type CliDeps } from '../deps.js';
import { printJson } from '../io.js';
import { evalSubcommands } from '../command-groups.js';
import { withRecommender } from '../recommender-port.js';
import {
  pairsOption,
  progressLines,
  reportCommand,
  resamplesOption,
  seedOption,
  timed,
  writeReportIfAsked,
  type ReportFlags,
} from '../report-command.js';

interface EvalFeedbackFlags extends ReportFlags {
  readonly seed: number;
  readonly pairs: number;
  readonly events: string;
  readonly resamples: number;
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
  reportCommand(
    evalSubcommands(program),
    'feedback',
    'Simulate people reacting to the recommendations, retrain on their feedback and measure NDCG@10 on new held-out people; writes its section of docs/EVALUATION.md.',
    [
      seedOption(),
      pairsOption('synthetic training pairs per model'),
      new Option('--events <list>', 'feedback events at each checkpoint').default(
        '0,1000,5000,20000',
      ),
      resamplesOption(),
    ],
  ).action(async (flags: EvalFeedbackFlags) => {
    const openRecommender = wired(deps.openRecommender, 'Evaluation');
    const now = wired(deps.now, 'Evaluation');
    const checkpoints = parseCheckpoints(flags.events);
    await withRecommender(openRecommender, { needModel: false }, async (app) => {
      const { result: report, seconds } = await timed(now, () =>
        runFeedbackSimulation(app.ctx, {
          seed: flags.seed,
          pairs: flags.pairs,
          checkpoints,
          resamples: flags.resamples,
          onProgress: progressLines(deps.io),
        }),
      );
      if (flags.json) printJson(deps.io, { ...report, seconds });
      else deps.io.out(`${toTable(report)}(${seconds.toFixed(0)} s)\n`);
      const command = `careers eval feedback --seed ${flags.seed} --pairs ${flags.pairs} --events ${checkpoints.join(',')} --resamples ${flags.resamples}`;
      const markdown = toFeedbackSimulationMarkdown(report, command);
      await writeReportIfAsked(deps.io, flags, FEEDBACK_SECTION, markdown);
    });
  });
}
