import type { Command } from 'commander';
import { recommendRequestSchema } from '../../app/service/index.js';
import { wired, type CliDeps } from '../deps.js';
import { formatRecommendations } from '../format-recommendations.js';
import { printJson } from '../io.js';
import { parseWith } from '../parse-input.js';
import { addProfileFlags, readProfileFlags, type ProfileFlags } from '../profile-flags.js';

interface RecommendFlags extends ProfileFlags {
  readonly limit: string;
  readonly model: string;
  readonly explain?: boolean;
  readonly llm?: boolean;
  readonly json?: boolean;
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
    .action(async (flags: RecommendFlags) => {
      const openRecommender = wired(deps.openRecommender, 'The recommender');
      const request = parseWith(
        recommendRequestSchema,
        {
          profile: await readProfileFlags(flags),
          limit: Number(flags.limit),
          model: flags.model,
          explain: Boolean(flags.explain || flags.llm),
          llm: Boolean(flags.llm),
        },
        'options',
      );
      const app = await openRecommender({ needModel: request.model === 'ml' });
      try {
        const result = await app.service.recommend(request);
        if (flags.json) printJson(deps.io, result);
        else
          deps.io.out(
            formatRecommendations(result, {
              minSalaryUsd: request.profile.constraints?.minSalaryUsd,
            }),
          );
      } finally {
        await app.close();
      }
    });
}
