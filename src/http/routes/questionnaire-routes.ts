import { questionnaireAnswersSchema } from '../../app/questionnaire/index.js';
import {
  aboutSchema,
  errorResponses,
  questionnaireSchema,
  questionnaireScoresSchema,
} from '../schemas/index.js';
import { registerReadRoute, type RouteContext, type ZodApp } from './route-context.js';

/** The interest questionnaire, its scoring, and the about page. */
export function registerQuestionnaireRoutes(app: ZodApp, ctx: RouteContext): void {
  registerReadRoute(
    app,
    '/v1/questionnaire',
    {
      tags: ['questionnaire'],
      summary: 'The interest questionnaire',
      description:
        'Thirty O*NET illustrative work activities, five per RIASEC area, each to rate from 1 (strongly dislike) to 5 (strongly like).',
      response: questionnaireSchema,
    },
    () => ({ scale: { min: 1 as const, max: 5 as const }, items: ctx.service().questionnaire() }),
  );

  app.post(
    '/v1/questionnaire/score',
    {
      schema: {
        tags: ['questionnaire'],
        summary: 'Score questionnaire answers into RIASEC interests',
        description:
          'Maps the mean answer per area onto O*NET’s 1–7 interest scale; `order` can be sent as `profile.interests`. Unknown item ids answer 400.',
        body: questionnaireAnswersSchema,
        response: { 200: questionnaireScoresSchema, ...errorResponses(400, 413, 415, 429, 503) },
      },
    },
    (request) => ctx.service().scoreQuestionnaire(request.body.answers),
  );

  registerReadRoute(
    app,
    '/v1/about',
    {
      tags: ['about'],
      summary: 'Data releases, counts and attribution',
      description:
        'The O*NET and BLS releases in use, occupation counts, and the CC BY 4.0 attribution O*NET requires.',
      response: aboutSchema,
    },
    () => ctx.service().about(),
  );
}
