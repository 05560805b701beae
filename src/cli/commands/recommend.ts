import type { Command } from 'commander';
import { applyEnhancer } from '../../app/enhance/index.js';
import { recommendRequestSchema } from '../../app/service/index.js';
import { AppError } from '../../errors.js';
import type { CliDeps } from '../deps.js';
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
      if (!deps.openRecommender)
        throw new AppError('INTERNAL', 'The recommender is not wired into the CLI.');
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
      const app = await deps.openRecommender({ needModel: request.model === 'ml' });
      try {
        let result = app.service.recommend(request);
        if (request.llm) {
          result = await applyEnhancer(result, app.enhancer, {
            personText: request.profile.currentOccupation,
            knownTitles: app.ctx.catalog.occupations.map((o) => o.title),
          });
        }
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
