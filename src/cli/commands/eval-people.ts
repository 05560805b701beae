import type { Command } from 'commander';
import { PEOPLE, toPeopleDocument, type PersonResult } from '../../app/people/index.js';
import { AppError } from '../../errors.js';
import type { CliDeps } from '../deps.js';
import { intFlag } from '../flag-parsers.js';
import { printJson } from '../io.js';
import { evalSubcommands, writeReportSection } from '../report-file.js';

interface EvalPeopleFlags {
  readonly limit: number;
  readonly out: string;
  readonly write: boolean;
  readonly json?: boolean;
}

/**
 * Registers `careers eval people`: the top recommendations of the people in src/app/people, with
 * why, written to the `people` section of docs/EVALUATION.md.
 */
export function registerEvalPeople(program: Command, deps: CliDeps): void {
  evalSubcommands(program)
    .command('people')
    .description(
      'Recommend for the people an adviser would recognise (src/app/people) and write the people table.',
    )
    .option('--limit <n>', 'recommendations per person', intFlag(1, 20), 5)
    .option('--out <file>', 'where to write the report', 'docs/EVALUATION.md')
    .option('--no-write', 'print only, do not write the report')
    .option('--json', 'print the results as JSON')
    .action(async (flags: EvalPeopleFlags) => {
      if (!deps.openRecommender)
        throw new AppError('INTERNAL', 'The recommender is not wired into the CLI.');
      const app = await deps.openRecommender({ needModel: true });
      try {
        const rows: PersonResult[] = [];
        for (const person of PEOPLE) {
          const result = await app.service.recommend({
            profile: person.profile,
            limit: flags.limit,
            model: 'ml',
            explain: true,
            llm: false,
          });
          rows.push({ person, result });
        }
        const model = rows[0]
          ? `model ${rows[0].result.model.version}`
          : 'no person (PEOPLE is empty)';
        const command = `careers eval people${flags.limit === 5 ? '' : ` --limit ${flags.limit}`}`;
        const titleOf = (code: string) =>
          app.ctx.catalog.occupations.find((o) => o.code === code)?.title;
        const markdown = toPeopleDocument(rows, command, model, titleOf);
        if (flags.json) printJson(deps.io, rows);
        else deps.io.out(markdown);
        if (flags.write) {
          await writeReportSection(flags.out, 'people', markdown);
          deps.io.err(`wrote ${flags.out}\n`);
        }
      } finally {
        await app.close();
      }
    });
}
