import type { FastifyInstance } from 'fastify';
import { MetricsRegistry, PROMETHEUS_CONTENT_TYPE } from './metrics-registry.js';
import { registerProcessMetrics } from './process-metrics.js';

/** Upper bounds (seconds) of the request-latency histogram buckets. */
export const LATENCY_BUCKETS_SECONDS = Object.freeze([
  0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
]);

/**
 * Counts every response and its latency by method, route template (never the raw URL, so the
 * series stay few) and status, adds process metrics, and serves them at GET /metrics.
 */
export function installHttpMetrics(app: FastifyInstance, now: () => number): MetricsRegistry {
  const registry = new MetricsRegistry();
  const requests = registry.counter(
    'http_requests_total',
    'HTTP responses sent, by route and status.',
  );
  const latency = registry.histogram(
    'http_request_duration_seconds',
    'Time from receiving a request to sending its response, by route and status.',
    LATENCY_BUCKETS_SECONDS,
  );
  const stopProcessMetrics = registerProcessMetrics(registry, now);

  app.addHook('onResponse', (request, reply, done) => {
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status_code: String(reply.statusCode),
    };
    requests.inc(labels);
    latency.observe(labels, reply.elapsedTime / 1000);
    done();
  });
  app.addHook('onClose', (_instance, done) => {
    stopProcessMetrics();
    done();
  });

  app.get(
    '/metrics',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['operations'],
        summary:
          'Prometheus metrics: request counts and latency by route and status, process metrics',
        produces: ['text/plain'],
      },
    },
    (_request, reply) => reply.type(PROMETHEUS_CONTENT_TYPE).send(registry.render()),
  );
  return registry;
}
