import { compareRequestSchema, recommendRequestSchema } from '../../app/service/index.js';
import { comparisonSchema, errorResponses, recommendationResultSchema } from '../schemas/index.js';
import type { RouteContext, ZodApp } from './route-context.js';

/** POST /v1/recommendations and POST /v1/recommendations/compare. */
export function registerRecommendationRoutes(app: ZodApp, ctx: RouteContext): void {
  app.post(
    '/v1/recommendations',
    {
      schema: {
        tags: ['recommendations'],
        summary: 'Rank occupations for a profile',
        description:
          'Ranks every rateable O*NET occupation for the profile with the trained model ("ml") or the cosine baseline, applies the constraints and returns the top `limit` with salary, outlook, skill gaps and (with `explain`) the explanation. With `llm: true` a configured LLM rewords the explanations from the same facts (checked for grounding; any fault keeps the deterministic text, and `explanation.llm` says what happened). The body is exactly what `careers recommend --json` prints. `resolved` says what the typed current job and skills were read as and how sure; unknown or ambiguous names, and a job title that is not one of an occupation’s O*NET titles, answer 422 UNKNOWN_NAME with did-you-mean suggestions in `details.unknown`.',
        body: recommendRequestSchema,
        response: {
          200: recommendationResultSchema,
          ...errorResponses(400, 413, 415, 422, 429, 503),
        },
      },
    },
    (request, reply) => {
      const body = request.body;
      if (!body.llm) return ctx.service().recommend(body);
      // A client that goes away stops waiting for the LLM.
      const controller = new AbortController();
      reply.raw.once('close', () => {
        if (!reply.raw.writableFinished) controller.abort();
      });
      return ctx.service().recommend(body, {
        signal: controller.signal,
        onLlmOutcome: (outcome) => request.log.info({ llm: outcome }, 'llm enhancement'),
      });
    },
  );

  app.post(
    '/v1/recommendations/compare',
    {
      schema: {
        tags: ['recommendations'],
        summary: 'The same profile through the model and the baseline',
        description:
          'Both rankings side by side with how many of the top k they share. Needs an active model (503 MODEL_MISSING otherwise).',
        body: compareRequestSchema,
        response: { 200: comparisonSchema, ...errorResponses(400, 413, 415, 422, 429, 503) },
      },
    },
    (request) => ctx.service().compare(request.body),
  );
}
