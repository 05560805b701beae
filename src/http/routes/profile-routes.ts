import { fromTextRequestSchema, textProfileSchema } from '../../app/text-profile/index.js';
import { errorResponses } from '../schemas/index.js';
import type { RouteContext, ZodApp } from './route-context.js';

/** Room for 20,000 characters even when every one is JSON-escaped (\uXXXX). */
const FROM_TEXT_BODY_LIMIT_BYTES = 160 * 1024;

/** POST /v1/profiles/from-text: a résumé or a few sentences → a profile with evidence. */
export function registerProfileRoutes(app: ZodApp, ctx: RouteContext): void {
  app.post(
    '/v1/profiles/from-text',
    {
      bodyLimit: FROM_TEXT_BODY_LIMIT_BYTES,
      schema: {
        tags: ['profiles'],
        summary: 'Read a résumé or a few sentences into a profile',
        description:
          'Matches the text (up to 20,000 characters: a résumé, a self-description or a job ad the person liked) against O*NET task statements, titles and technologies, and answers a `profile` that POST /v1/recommendations accepts as it is (the best-matching occupation as `currentOccupation`, the most important skills of the best matches with levels, interests), the `occupations` the text most likely describes, and the `evidence`: for each occupation, skill, interest and technology, the character offsets of the text that support it and the O*NET statement, title or technology they matched. The text is neither stored nor logged. An empty text, only common words, a text not in English or one that matches nothing answer 400 VALIDATION_FAILED with `details.reason`.',
        body: fromTextRequestSchema,
        response: { 200: textProfileSchema, ...errorResponses(400, 413, 415, 429, 503) },
      },
    },
    (request) => ctx.service().profileFromText(request.body),
  );
}
