import type { ReadinessProbe } from '../http-deps.js';
import { healthSchema, readinessSchema } from '../schemas/index.js';
import type { ZodApp } from './route-context.js';

/** GET /healthz (the process answers) and GET /readyz (it can recommend). */
export function registerHealthRoutes(app: ZodApp, readiness: ReadinessProbe): void {
  app.get(
    '/healthz',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['operations'],
        summary: 'Liveness: 200 as soon as the server listens',
        response: { 200: healthSchema },
      },
    },
    () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['operations'],
        summary: 'Readiness: 200 only when recommendations can be served',
        description:
          'Checks that the catalog is loaded, a model is active and the store answers; 503 with the reasons otherwise (e.g. while the catalog loads or the first model trains).',
        response: { 200: readinessSchema, 503: readinessSchema },
      },
    },
    async (request, reply) => {
      let checks: Awaited<ReturnType<ReadinessProbe>>;
      try {
        checks = await readiness();
      } catch (error) {
        request.log.warn({ err: error }, 'readiness probe failed');
        checks = { probe: { ok: false, detail: 'the readiness probe itself failed' } };
      }
      const reasons = Object.entries(checks)
        .filter(([, c]) => !c.ok)
        .map(([name, c]) => `${name}: ${c.detail}`);
      const ready = reasons.length === 0;
      return reply
        .code(ready ? 200 : 503)
        .send({ status: ready ? 'ready' : 'not_ready', reasons, checks });
    },
  );
}
