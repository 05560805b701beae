import { feedbackRequestSchema } from '../../app/service/index.js';
import {
  errorResponses,
  feedbackCountQuerySchema,
  feedbackCountSchema,
  feedbackCreatedSchema,
  feedbackDeletedSchema,
  subjectParamsSchema,
} from '../schemas/index.js';
import type { RouteContext, ZodApp } from './route-context.js';

/** Record, count and erase feedback about recommendations. */
export function registerFeedbackRoutes(app: ZodApp, ctx: RouteContext): void {
  app.post(
    '/v1/feedback',
    {
      schema: {
        tags: ['feedback'],
        summary: 'Record feedback about one recommended occupation',
        description:
          'A thumbs up/down (`rating`), a reported `outcome` (interested, applied, hired) or both, with the profile the recommendation was made for. Pass a random `subjectId` you keep (e.g. a UUID in the browser) to be able to erase the feedback later with DELETE /v1/feedback/subjects/{subjectId}. Never send names or e-mail addresses.',
        body: feedbackRequestSchema,
        response: {
          201: feedbackCreatedSchema,
          ...errorResponses(400, 404, 413, 415, 422, 429, 503),
        },
      },
    },
    async (request, reply) => {
      const record = await ctx.service().recordFeedback(request.body);
      return reply.code(201).send({
        id: record.id,
        subjectId: record.subjectId,
        code: record.code,
        rating: record.rating,
        outcome: record.outcome,
        modelVersion: record.modelVersion,
        createdAt: record.createdAt,
      });
    },
  );

  app.delete(
    '/v1/feedback/subjects/:subjectId',
    {
      schema: {
        tags: ['feedback'],
        summary: "Erase a person's feedback",
        description:
          'Deletes every feedback event recorded with this subjectId and says how many were deleted (0 when none). This is how a person exercises their right to erasure; models trained earlier are not retrained by it.',
        params: subjectParamsSchema,
        response: { 200: feedbackDeletedSchema, ...errorResponses(400, 429, 503) },
      },
    },
    async (request) => ({
      subjectId: request.params.subjectId,
      deleted: await ctx.service().deleteFeedback(request.params.subjectId),
    }),
  );

  app.get(
    '/v1/feedback/count',
    {
      schema: {
        tags: ['feedback'],
        summary: 'How many feedback events are stored',
        description: 'All events, or those about one occupation (`code`).',
        querystring: feedbackCountQuerySchema,
        response: { 200: feedbackCountSchema, ...errorResponses(400, 429, 503) },
      },
    },
    async (request) => ({
      code: request.query.code ?? null,
      count: await ctx.service().countFeedback(request.query.code),
    }),
  );
}
