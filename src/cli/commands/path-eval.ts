import path from 'node:path';
import { Option, type Command } from 'commander';
import { measurePathways, toPathwaysMarkdown } from '../../app/pathways/index.js';
import { createSearchContext } from '../../core/pathways/index.js';
import { AppError } from '../../errors.js';
import { wired, type CliDeps } from '../deps.js';
import { intFlag } from '../flag-parsers.js';
import { printJson } from '../io.js';
import { withRecommender } from '../recommender-port.js';
import {
  reportCommand,
  seedOption,
  writeReportIfAsked,
  type ReportFlags,
} from '../report-command.js';

interface PathEvalFlags extends ReportFlags {
  readonly seed: number;
  readonly pairs: number;
  readonly changers?: string;
}

/** Registers `careers path-eval`: measures the routes and writes the `pathways` report section. */
export function registerPathEval(program: Command, deps: CliDeps): void {
  reportCommand(
    program,
    'path-eval',
    "Measure the routes: share of steps O*NET or the legacy Career Changers Matrix list as moves, and the ten classic transitions; writes the 'pathways' section of docs/EVALUATION.md.",
    [
      seedOption(),
      new Option('--pairs <n>', 'sampled (current, target) pairs')
        .argParser(intFlag(10, 100_000))
        .default(300),
      new Option(
        '--changers <file>',
        'the Career Changers Matrix TSV (default: onet_legacy/ next to ONET_DIR)',
      ),
    ],
    'print the measurement as JSON',
  ).action(async (flags: PathEvalFlags) => {
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
    await withRecommender(openRecommender, { needModel: false }, async (app) => {
      const catalog = app.ctx.catalog;
      const m = measurePathways(catalog, createSearchContext(catalog), changers, flags);
      const command = `careers path-eval --seed ${flags.seed} --pairs ${flags.pairs}`;
      const markdown = toPathwaysMarkdown(m, command);
      if (flags.json) printJson(deps.io, m);
      else deps.io.out(`${markdown}\n`);
      const said = `wrote the 'pathways' section of ${flags.out}`;
      await writeReportIfAsked(deps.io, flags, 'pathways', markdown, said);
    });
  });
}
