import { Option, type Command } from 'commander';
import { PEOPLE, toPeopleDocument, type PersonResult } from '../../app/people/index.js';
import { wired, type CliDeps } from '../deps.js';
import { intFlag } from '../flag-parsers.js';
import { printJson } from '../io.js';
import { evalSubcommands } from '../command-groups.js';
import { withRecommender } from '../recommender-port.js';
import { reportCommand, writeReportIfAsked, type ReportFlags } from '../report-command.js';

interface EvalPeopleFlags extends ReportFlags {
  readonly limit: number;
}

/**
 * Registers `careers eval people`: the top recommendations of the people in src/app/people, with
 * why, written to the `people` section of docs/EVALUATION.md.
 */
export function registerEvalPeople(program: Command, deps: CliDeps): void {
  reportCommand(
    evalSubcommands(program),
    'people',
    'Recommend for the people an adviser would recognise (src/app/people) and write the people table.',
    [new Option('--limit <n>', 'recommendations per person').argParser(intFlag(1, 20)).default(5)],
  ).action(async (flags: EvalPeopleFlags) => {
    const openRecommender = wired(deps.openRecommender, 'The recommender');
    await withRecommender(openRecommender, { needModel: true }, async (app) => {
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
      await writeReportIfAsked(deps.io, flags, 'people', markdown);
    });
  });
}
