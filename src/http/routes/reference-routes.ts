import { referenceSchema } from '../schemas/index.js';
import { registerReadRoute, type RouteContext, type ZodApp } from './route-context.js';

/** GET /v1/reference: skills with groups and level anchors, RIASEC, work values, Job Zones, fields. */
export function registerReferenceRoutes(app: ZodApp, ctx: RouteContext): void {
  registerReadRoute(
    app,
    '/v1/reference',
    {
      tags: ['about'],
      summary: 'Names and scales for building a profile',
      description:
        'The 35 skills grouped as O*NET groups them, each with O*NET’s level-scale anchors (what levels 2, 4 and 6 look like) and the nearest 1–5 self-rating; the RIASEC areas; the six work values; the Job Zones; and the SOC major groups usable as `constraints.socMajorGroups`. Read-only; the same for every caller.',
      response: referenceSchema,
    },
    () => ctx.service().reference(),
  );
}
