import { loadavg } from 'node:os';
import type { Command } from 'commander';
import {
  marginsDriftNote,
  runRangeCoverage,
  toRangeCoverageDocument,
} from '../../app/evaluate/index.js';
import { DEFAULT_TRAINING } from '../../app/train/index.js';
import { AppError } from '../../errors.js';
import type { CliDeps } from '../deps.js';
import { intFlag } from '../flag-parsers.js';
import { printJson } from '../io.js';
import { writeReportSection } from '../report-file.js';

interface EvalRangesFlags {
  readonly seed: number;
  readonly folds: number;
  readonly pairs: number;
  readonly stride: number;
  readonly out: string;
  readonly write: boolean;
  readonly json?: boolean;
}

/** The section of docs/EVALUATION.md this command writes. */
export const MATCH_RANGES_SECTION = 'match-ranges';

/**
 * Registers `careers eval-ranges`: how often the match ranges hold what they claim on held-out
 * queries, the margins to use, and the cost per request.
 */
export function registerEvalRanges(program: Command, deps: CliDeps): void {
  program
    .command('eval-ranges')
    .description(
      'Measure how often the match ranges hold on held-out queries (cross-validated); writes its section of docs/EVALUATION.md.',
    )
    .option('--seed <s>', 'random seed', intFlag(0, 2 ** 31 - 1), 42)
    .option('--folds <k>', 'cross-validation folds', intFlag(2, 10), 5)
    .option(
      '--pairs <n>',
      'training pairs per model',
      intFlag(500, 1_000_000),
      DEFAULT_TRAINING.pairs,
    )
    .option('--stride <n>', 'use every n-th source occupation (1 = all)', intFlag(1, 100), 1)
    .option('--out <file>', 'where to write the report', 'docs/EVALUATION.md')
    .option('--no-write', 'print only, do not write the report')
    .option('--json', 'print the coverage rows and margins as JSON')
    .action(async (flags: EvalRangesFlags) => {
      if (!deps.openRecommender)
        throw new AppError('INTERNAL', 'Evaluation is not wired into the CLI.');
      const app = await deps.openRecommender({ needModel: false });
      try {
        const report = runRangeCoverage(app.ctx, {
          seed: flags.seed,
          folds: flags.folds,
          pairs: flags.pairs,
          sourceStride: flags.stride,
          onProgress: (stage, done, total) => deps.io.err(`${stage} ${done}/${total}\n`),
          now: () => performance.now(),
        });
        const command = `careers eval-ranges --seed ${flags.seed} --folds ${flags.folds} --pairs ${flags.pairs} --stride ${flags.stride}`;
        const cost = report.cost.map(
          (c) =>
            `- ${c.kind} profiles: ${c.requestMs.toFixed(2)} ms per request (rankForProfile, ten results, no explanations, ranges included; median of ${c.requests}), of which the match ranges ${c.rangesMs.toFixed(2)} ms (measured in-process by this command, load average ${loadavg()
              .map((x) => x.toFixed(1))
              .join(' / ')} at the end).`,
        );
        const markdown = toRangeCoverageDocument(report, command, cost);
        const { items: _items, ...summary } = report;
        if (flags.json) printJson(deps.io, summary);
        else deps.io.out(`${markdown}\n`);
        const drift = marginsDriftNote(report.pooledMargins);
        if (drift) deps.io.err(`${drift}\n`);
        if (flags.write) {
          await writeReportSection(flags.out, MATCH_RANGES_SECTION, markdown);
          deps.io.err(`wrote ${flags.out}\n`);
        }
      } finally {
        await app.close();
      }
    });
}
