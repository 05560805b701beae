import type { FastifyRequest } from 'fastify';
import { createAdminGuard } from '../admin-auth.js';
import { HttpError } from '../errors/index.js';
import { z } from 'zod';
import type { ActivateModelFn, RetrainFn } from '../http-deps.js';
import {
  activationResponseSchema,
  errorResponses,
  modelInfoSchema,
  retrainResponseSchema,
} from '../schemas/index.js';
import { registerReadRoute, type RouteContext, type ZodApp } from './route-context.js';

/** What the model routes need besides the service. */
export interface ModelRouteDeps {
  readonly adminToken: string | undefined;
  readonly retrain: RetrainFn | undefined;
  readonly activateModel?: ActivateModelFn | undefined;
}

/** The admin port, or RETRAIN_UNAVAILABLE (`message`) when this server was built without it. */
function available<T>(port: T | undefined, message: string): T {
  if (port === undefined) throw new HttpError('RETRAIN_UNAVAILABLE', message);
  return port;
}

/** GET /v1/model and the admin-only POST /v1/admin/retrain and model activation. */
export function registerModelRoutes(app: ZodApp, ctx: RouteContext, deps: ModelRouteDeps): void {
  registerReadRoute(
    app,
    '/v1/model',
    {
      tags: ['model'],
      summary: 'The active model and the baseline',
      description:
        'Version, creation time, data release and evaluation metrics of the active model (null before one is trained), and the history of promotion decisions: each trained candidate, whether it replaced the active model, the reason and the held-out numbers.',
      response: modelInfoSchema,
    },
    () => ctx.service().modelInfo(),
  );

  const guard = createAdminGuard(deps.adminToken);
  /** An admin-only route: the bearer-token check, and the admin tag and security in its docs. */
  const adminOnly = <S extends object>(schema: S) => ({
    onRequest: async (request: FastifyRequest) => guard(request.headers.authorization),
    schema: { tags: ['admin'], security: [{ adminToken: [] }], ...schema },
  });
  let running = false;
  app.post(
    '/v1/admin/retrain',
    adminOnly({
      summary: 'Retrain the model (admin)',
      description:
        "Trains a candidate from the synthetic pairs and the stored feedback of four people in five, and activates it only if it beats the active model with 95% confidence (paired bootstrap) on the same held-out data: NDCG@10 of sparse and full queries on the held-out source occupations, and the log loss of the other people's feedback once at least 10 people gave some; none of these may be worse with 95% confidence. `?force=true` accepts a candidate that is within the stated tolerance on every check (NDCG@10 0.01, log loss 0.005). The numbers and the reason are recorded and listed by GET /v1/model. Needs `Authorization: Bearer <ADMIN_TOKEN>`. One run at a time (409 RETRAIN_IN_PROGRESS); 503 RETRAIN_UNAVAILABLE when this build has no training wired in.",
      querystring: z
        .object({
          force: z
            .enum(['true', 'false'])
            .optional()
            .describe('Activate a candidate within the stated tolerance (not clearly better).'),
        })
        .strict(),
      response: { 200: retrainResponseSchema, ...errorResponses(401, 409, 429, 503) },
    }),
    async (request) => {
      const retrain = available(
        deps.retrain,
        'Retraining is not available in this server yet; train with `careers train` instead.',
      );
      if (running) {
        throw new HttpError(
          'RETRAIN_IN_PROGRESS',
          'A retraining run is already in progress; wait for it to finish.',
        );
      }
      running = true;
      try {
        return await retrain({ force: request.query.force === 'true' });
      } finally {
        running = false;
      }
    },
  );
  app.post(
    '/v1/admin/models/:version/activate',
    adminOnly({
      summary: 'Activate a registered model version (admin)',
      description:
        'Makes a version from the registry the active model, e.g. a retrain candidate that was kept back, or the previous model to roll back. The decision is recorded; this instance serves it at once and other instances sharing the PostgreSQL store within MODEL_POLL_INTERVAL_MS. Needs `Authorization: Bearer <ADMIN_TOKEN>`. 404 NOT_FOUND for an unknown version.',
      params: z.object({
        version: z.string().min(1).max(200).meta({ example: 'lr-20260101120000-1a2b3c4d' }),
      }),
      response: { 200: activationResponseSchema, ...errorResponses(401, 404, 429, 503) },
    }),
    async (request) => {
      const activateModel = available(
        deps.activateModel,
        'Model activation is not available in this server; it needs the store and the catalog.',
      );
      return activateModel(request.params.version);
    },
  );
}
