import type { Command } from 'commander';
import { compareRequestSchema } from '../../app/service/index.js';
import { wired, type CliDeps } from '../deps.js';
import { formatComparison } from '../format-recommendations.js';
import { printJson } from '../io.js';
import { withRecommender } from '../recommender-port.js';
import { parseWith } from '../parse-input.js';
import { addProfileFlags, readProfileFlags, type ProfileFlags } from '../profile-flags.js';

interface CompareFlags extends ProfileFlags {
  readonly limit: string;
  readonly json?: boolean;
}

/** Registers `careers compare`: the ML model and the cosine baseline side by side. */
export function registerCompare(program: Command, deps: CliDeps): void {
  addProfileFlags(
    program
      .command('compare')
      .description('The same profile through the ML model and simple matching, side by side.'),
  )
    .option('-n, --limit <n>', 'how many occupations each (1–50)', '10')
    .option('--json', 'print {"ml", "baseline", "overlap"} as JSON')
    .action(async (flags: CompareFlags) => {
      const openRecommender = wired(deps.openRecommender, 'The recommender');
      const request = parseWith(
        compareRequestSchema,
        { profile: await readProfileFlags(flags), limit: Number(flags.limit) },
        'options',
      );
      await withRecommender(openRecommender, { needModel: true }, async (app) => {
        const comparison = app.service.compare(request);
        if (flags.json) printJson(deps.io, comparison);
        else deps.io.out(formatComparison(comparison));
      });
    });
}
