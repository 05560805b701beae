import { createAdminGuard } from '../admin-auth.js';
import { HttpError } from '../errors/index.js';
import type { RetrainFn } from '../http-deps.js';
import { errorResponses, modelInfoSchema, retrainResponseSchema } from '../schemas/index.js';
import type { RouteContext, ZodApp } from './route-context.js';

/** What the model routes need besides the service. */
export interface ModelRouteDeps {
  readonly adminToken: string | undefined;
  readonly retrain: RetrainFn | undefined;
}

/** GET /v1/model and the admin-only POST /v1/admin/retrain. */
export function registerModelRoutes(app: ZodApp, ctx: RouteContext, deps: ModelRouteDeps): void {
  app.get(
    '/v1/model',
    {
      schema: {
        tags: ['model'],
        summary: 'The active model and the baseline',
        description:
          'Version, creation time, data release and evaluation metrics of the active model (null before one is trained).',
        response: { 200: modelInfoSchema, ...errorResponses(429, 503) },
      },
    },
    () => ctx.service().modelInfo(),
  );

  const guard = createAdminGuard(deps.adminToken);
  let running = false;
  app.post(
    '/v1/admin/retrain',
    {
      onRequest: async (request) => guard(request.headers.authorization),
      schema: {
        tags: ['admin'],
        summary: 'Retrain the model (admin)',
        description:
          'Trains a candidate from the synthetic pairs and the stored feedback, and activates it only if it does at least as well as the active model on the held-out checks. Needs `Authorization: Bearer <ADMIN_TOKEN>`. One run at a time (409 RETRAIN_IN_PROGRESS); 503 RETRAIN_UNAVAILABLE when this build has no training wired in.',
        security: [{ adminToken: [] }],
        response: { 200: retrainResponseSchema, ...errorResponses(401, 409, 429, 503) },
      },
    },
    async () => {
      if (!deps.retrain) {
        throw new HttpError(
          'RETRAIN_UNAVAILABLE',
          'Retraining is not available in this server yet; train with `careers train` instead.',
        );
      }
      if (running) {
        throw new HttpError(
          'RETRAIN_IN_PROGRESS',
          'A retraining run is already in progress; wait for it to finish.',
        );
      }
      running = true;
      try {
        return await deps.retrain();
      } finally {
        running = false;
      }
    },
  );
}
