import { z } from 'zod';
import {
  errorResponses,
  inferProfileRequestSchema,
  inferProfileResponseSchema,
  occupationDetailSchema,
  titleSearchQuerySchema,
  titleSearchResponseSchema,
} from '../schemas/index.js';
import type { RouteContext, ZodApp } from './route-context.js';

/** Title search, occupation detail and profile inference from a current occupation. */
export function registerOccupationRoutes(app: ZodApp, ctx: RouteContext): void {
  app.get(
    '/v1/occupations/search',
    {
      schema: {
        tags: ['occupations'],
        summary: 'Find occupations by job title',
        description:
          'Searches O*NET official, alternate and reported titles plus a small synonym table ("doctor", typos included); best match first.',
        querystring: titleSearchQuerySchema,
        response: { 200: titleSearchResponseSchema, ...errorResponses(400, 429, 503) },
      },
    },
    (request) => ({
      query: request.query.q,
      results: ctx.service().searchTitles(request.query.q, request.query.limit),
    }),
  );

  app.get(
    '/v1/occupations/:code',
    {
      schema: {
        tags: ['occupations'],
        summary: 'One occupation in detail',
        description:
          'Description, skills, interests, work values, Job Zone, education, wages, outlook, core tasks, technologies and related occupations. 404 NOT_FOUND for an unknown code.',
        params: z.object({ code: z.string().max(20).meta({ example: '15-1252.00' }) }),
        response: { 200: occupationDetailSchema, ...errorResponses(404, 429, 503) },
      },
    },
    (request) => ctx.service().occupation(request.params.code),
  );

  app.post(
    '/v1/profiles/infer',
    {
      schema: {
        tags: ['profiles'],
        summary: 'Infer a starting profile from a current occupation',
        description:
          'Takes an O*NET-SOC code or a job title and returns the profile (skill levels, interests, values) a person in that occupation can start from and edit. 422 UNKNOWN_NAME when nothing matches.',
        body: inferProfileRequestSchema,
        response: {
          200: inferProfileResponseSchema,
          ...errorResponses(400, 413, 415, 422, 429, 503),
        },
      },
    },
    (request) => ctx.service().inferProfile(request.body.occupation),
  );
}
