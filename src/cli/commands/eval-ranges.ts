import { loadavg } from 'node:os';
import type { Command } from 'commander';
import {
  marginsDriftNote,
  runRangeCoverage,
  toRangeCoverageDocument,
} from '../../app/evaluate/index.js';
import { wired, type CliDeps } from '../deps.js';
import { printJson } from '../io.js';
import { withRecommender } from '../recommender-port.js';
import {
  crossValidationArgs,
  crossValidationOptions,
  progressLines,
  reportCommand,
  toCrossValidation,
  writeReportIfAsked,
  type CrossValidationFlags,
  type ReportFlags,
} from '../report-command.js';

type EvalRangesFlags = ReportFlags & CrossValidationFlags;

/** The section of docs/EVALUATION.md this command writes. */
export const MATCH_RANGES_SECTION = 'match-ranges';

/**
 * Registers `careers eval-ranges`: how often the match ranges hold what they claim on held-out
 * queries, the margins to use, and the cost per request.
 */
export function registerEvalRanges(program: Command, deps: CliDeps): void {
  reportCommand(
    program,
    'eval-ranges',
    'Measure how often the match ranges hold on held-out queries (cross-validated); writes its section of docs/EVALUATION.md.',
    crossValidationOptions('use every n-th source occupation (1 = all)'),
    'print the coverage rows and margins as JSON',
  ).action(async (flags: EvalRangesFlags) => {
    const openRecommender = wired(deps.openRecommender, 'Evaluation');
    await withRecommender(openRecommender, { needModel: false }, async (app) => {
      const report = runRangeCoverage(app.ctx, {
        ...toCrossValidation(flags),
        onProgress: progressLines(deps.io),
        now: () => performance.now(),
      });
      const command = `careers eval-ranges ${crossValidationArgs(flags)}`;
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
      await writeReportIfAsked(deps.io, flags, MATCH_RANGES_SECTION, markdown);
    });
  });
}
