import { pathwaysRequestSchema } from '../../app/service/index.js';
import { errorResponses, pathwaysResultSchema } from '../schemas/index.js';
import type { RouteContext, ZodApp } from './route-context.js';

/** POST /v1/pathways: routes from the person to a target career and the time to be ready. */
export function registerPathwayRoutes(app: ZodApp, ctx: RouteContext): void {
  app.post(
    '/v1/pathways',
    {
      schema: {
        tags: ['recommendations'],
        summary: 'How to get there: routes to a target career and the time to be ready',
        description:
          'Routes from the profile (current job and stated skills) to `target` (an O*NET-SOC code or a job title O*NET lists): direct, or through one stepping stone (`maxSteps` 2, the default) or two (`maxSteps` 3). Each step lists the skill gaps it closes (the level the person has at that point against the level the occupation needs), the BLS median wage change with the target’s 25th–75th percentile band, the Job Zone step, and the time: study before the move, related experience before it, and on-the-job training after it, each with the BLS/O*NET category or assumption it rests on (`basis`); `assumptions` lists the rest. Routes are ranked by `rankCost` (years to be ready plus penalties for stretch moves, moves O*NET does not list as related and the largest skill shortfall), not by the number of moves. An unknown target answers 422 UNKNOWN_NAME with "did you mean" suggestions in `details.unknown`; an unknown code 404 NOT_FOUND. A target that is the current job, or one that no route reaches within `maxSteps`, answers 200 with `routes: []` and `reason` (`ALREADY_THERE` or `NO_ROUTE`) saying why.',
        body: pathwaysRequestSchema,
        response: {
          200: pathwaysResultSchema,
          ...errorResponses(400, 404, 413, 415, 422, 429, 503),
        },
      },
    },
    (request) => ctx.service().pathways(request.body),
  );
}
