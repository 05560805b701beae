import { z } from 'zod';
import { pathwayRouteSchema } from '../../core/pathways/index.js';
import { profileResolutionSchema } from '../profile/index.js';

/** Why an answer has no route: the person is already there, or no route fits in maxSteps. */
export const pathwayReasonSchema = z.object({
  code: z.enum(['ALREADY_THERE', 'NO_ROUTE']),
  message: z.string(),
});

/** POST /v1/pathways and `careers path --json`: routes to a target career and the time to be ready. */
export const pathwaysResultSchema = z
  .object({
    current: z.object({ code: z.string(), title: z.string() }).nullable(),
    target: z.object({
      code: z.string(),
      title: z.string(),
      jobZone: z.number().int().nullable(),
      entryEducation: z.string().nullable().describe('BLS typical entry education.'),
    }),
    targetResolved: z.object({
      input: z.string(),
      how: z.enum(['code', 'title']),
      why: z.string(),
    }),
    maxSteps: z.number().int(),
    routes: z.array(pathwayRouteSchema).describe('Best first; empty only with a `reason`.'),
    reason: pathwayReasonSchema
      .nullable()
      .describe('Why there is no route (null when there are routes).'),
    education: z.object({ level: z.string(), basis: z.string() }),
    assumptions: z
      .array(z.string())
      .describe('What every time figure rests on, besides the basis given with each number.'),
    routesConsidered: z.number().int(),
    resolved: profileResolutionSchema,
  })
  .meta({ id: 'PathwaysResult' });

/** The pathways answer (see pathwaysResultSchema). */
export type PathwaysResult = z.infer<typeof pathwaysResultSchema>;
