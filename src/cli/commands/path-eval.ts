import path from 'node:path';
import type { Command } from 'commander';
import { measurePathways, toPathwaysMarkdown } from '../../app/pathways/index.js';
import { createSearchContext } from '../../core/pathways/index.js';
import { AppError } from '../../errors.js';
import { wired, type CliDeps } from '../deps.js';
import { intFlag } from '../flag-parsers.js';
import { printJson } from '../io.js';
import { writeReportSection } from '../report-file.js';

interface PathEvalFlags {
  readonly seed: number;
  readonly pairs: number;
  readonly changers?: string;
  readonly out: string;
  readonly write: boolean;
  readonly json?: boolean;
}

/** Registers `careers path-eval`: measures the routes and writes the `pathways` report section. */
export function registerPathEval(program: Command, deps: CliDeps): void {
  program
    .command('path-eval')
    .description(
      "Measure the routes: share of steps O*NET or the legacy Career Changers Matrix list as moves, and the ten classic transitions; writes the 'pathways' section of docs/EVALUATION.md.",
    )
    .option('--seed <s>', 'random seed', intFlag(0, 2 ** 31 - 1), 42)
    .option('--pairs <n>', 'sampled (current, target) pairs', intFlag(10, 100_000), 300)
    .option(
      '--changers <file>',
      'the Career Changers Matrix TSV (default: onet_legacy/ next to ONET_DIR)',
    )
    .option('--out <file>', 'where to write the report', 'docs/EVALUATION.md')
    .option('--no-write', 'print only, do not write the report')
    .option('--json', 'print the measurement as JSON')
    .action(async (flags: PathEvalFlags) => {
      const openRecommender = wired(deps.openRecommender, 'The recommender');
      const loadCareerChangers = wired(deps.loadCareerChangers, 'The Career Changers Matrix');
      const file =
        flags.changers ??
        path.join(path.dirname(deps.config.onetDir), 'onet_legacy', 'Career Changers Matrix.txt');
      const changers = await loadCareerChangers(file).catch((error: unknown) => {
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
          throw new AppError(
            'DATA_MISSING',
            `The Career Changers Matrix is not at ${file}; give its path with --changers FILE.`,
          );
        throw error;
      });
      const app = await openRecommender({ needModel: false });
      try {
        const catalog = app.ctx.catalog;
        const m = measurePathways(catalog, createSearchContext(catalog), changers, flags);
        const command = `careers path-eval --seed ${flags.seed} --pairs ${flags.pairs}`;
        const markdown = toPathwaysMarkdown(m, command);
        if (flags.json) printJson(deps.io, m);
        else deps.io.out(`${markdown}\n`);
        if (flags.write) {
          await writeReportSection(flags.out, 'pathways', markdown);
          deps.io.err(`wrote the 'pathways' section of ${flags.out}\n`);
        }
      } finally {
        await app.close();
      }
    });
}
