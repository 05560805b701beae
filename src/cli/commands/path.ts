import type { Command } from 'commander';
import { pathwaysRequestSchema } from '../../app/service/index.js';
import { wired, type CliDeps } from '../deps.js';
import { intFlag } from '../flag-parsers.js';
import { formatPathways } from '../format-pathways.js';
import { printJson } from '../io.js';
import { withRecommender } from '../recommender-port.js';
import { parseWith } from '../parse-input.js';
import { addProfileFlags, readProfileFlags, type ProfileFlags } from '../profile-flags.js';

interface PathFlags extends ProfileFlags {
  readonly to: string;
  readonly maxSteps: number;
  readonly limit: number;
  readonly education?: string;
  readonly yearsInJob?: string;
  readonly json?: boolean;
}

/** Registers `careers path`: routes to a target career and the time to be ready. */
export function registerPath(program: Command, deps: CliDeps): void {
  addProfileFlags(
    program
      .command('path')
      .description(
        'How to get there: routes from your current job (or skills) to a target career, with the time to be ready.',
      ),
  )
    .requiredOption('--to <career>', 'the target career: an O*NET-SOC code or a job title')
    .option(
      '--max-steps <n>',
      'moves allowed: 1 direct, 2 one stepping stone, 3 two',
      intFlag(1, 3),
      2,
    )
    .option('-n, --limit <n>', 'how many routes at most (1–10)', intFlag(1, 10), 5)
    .option(
      '--education <level>',
      'your highest education, as BLS words it (e.g. "Bachelor\'s degree"); default: that of your current job',
    )
    .option('--years-in-job <years>', 'years in your current job (counted as related experience)')
    .option('--json', 'print the answer as JSON (the body of POST /v1/pathways)')
    .action(async (flags: PathFlags) => {
      const openRecommender = wired(deps.openRecommender, 'The recommender');
      const request = parseWith(
        pathwaysRequestSchema,
        {
          profile: await readProfileFlags(flags),
          target: flags.to,
          maxSteps: flags.maxSteps,
          limit: flags.limit,
          education: flags.education,
          yearsInCurrentJob: flags.yearsInJob === undefined ? undefined : Number(flags.yearsInJob),
        },
        'options',
      );
      await withRecommender(openRecommender, { needModel: false }, async (app) => {
        const result = app.service.pathways(request);
        if (flags.json) printJson(deps.io, result);
        else deps.io.out(formatPathways(result));
      });
    });
}
