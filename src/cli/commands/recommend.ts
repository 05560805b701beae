import type { Command } from 'commander';
import { recommendRequestSchema } from '../../app/service/index.js';
import { wired, type CliDeps } from '../deps.js';
import { formatRecommendations } from '../format-recommendations.js';
import { printJson } from '../io.js';
import { withRecommender } from '../recommender-port.js';
import { parseWith } from '../parse-input.js';
import {
  addProfileFlags,
  readConstraintFlags,
  readProfileFlags,
  type ProfileFlags,
} from '../profile-flags.js';
import { readResumeFile } from '../read-resume.js';

interface RecommendFlags extends ProfileFlags {
  readonly limit: string;
  readonly model: string;
  readonly explain?: boolean;
  readonly llm?: boolean;
  readonly json?: boolean;
  readonly resume?: string;
}

/** Registers `careers recommend`: ranked occupations for a profile. */
export function registerRecommend(program: Command, deps: CliDeps): void {
  addProfileFlags(
    program
      .command('recommend')
      .description('Rank real occupations for a profile (skills, interests, values, constraints).'),
  )
    .option('-n, --limit <n>', 'how many occupations (1–50)', '10')
    .option('--model <kind>', 'ml (logistic model) or baseline (cosine similarity)', 'ml')
    .option('--explain', 'explain each match: why it fits, what holds it back, next steps')
    .option('--llm', 'let the configured LLM reword the explanations (LLM_BASE_URL / LLM_API_KEY)')
    .option('--json', 'print {"model": {...}, "recommendations": [...]} as JSON')
    .option(
      '--resume <file>',
      'start from your résumé (.pdf, .docx, .txt, .md): its profile, with any constraint flags',
    )
    .action(async (flags: RecommendFlags) => {
      const openRecommender = wired(deps.openRecommender, 'The recommender');
      const toRequest = (profile: unknown) =>
        parseWith(
          recommendRequestSchema,
          {
            profile,
            limit: Number(flags.limit),
            model: flags.model,
            explain: Boolean(flags.explain || flags.llm),
            llm: Boolean(flags.llm),
          },
          'options',
        );
      // Flags are checked before the catalog opens; a résumé is read by the opened service.
      const fromFlags = flags.resume ? null : toRequest(await readProfileFlags(flags));
      await withRecommender(openRecommender, { needModel: flags.model === 'ml' }, async (app) => {
        const request =
          fromFlags ??
          toRequest({
            ...(await readResumeFile(app.service, flags.resume!)).profile,
            ...readConstraintFlags(flags),
          });
        const result = await app.service.recommend(request);
        if (flags.json) printJson(deps.io, result);
        else
          deps.io.out(
            formatRecommendations(result, {
              minSalaryUsd: request.profile.constraints?.minSalaryUsd,
            }),
          );
      });
    });
}
