import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../errors.js';

/** What the security plugins need. */
export interface SecuritySettings {
  readonly corsOrigins: readonly string[];
  readonly rateLimitPerMinute: number;
}

/**
 * The content security policy: only the server's own scripts; inline styles are allowed
 * because Swagger UI (/docs) sets style attributes; no frames, plugins or foreign origins.
 */
export const CONTENT_SECURITY_POLICY = Object.freeze({
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
});

/**
 * Registers the security headers (helmet), CORS for the configured origins only, and the
 * per-client-IP rate limit whose 429 goes through the API's error mapping (with Retry-After).
 */
export async function registerSecurityPlugins(
  app: FastifyInstance,
  settings: SecuritySettings,
): Promise<void> {
  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: { directives: { ...CONTENT_SECURITY_POLICY } },
    crossOriginEmbedderPolicy: false,
  });
  if (settings.corsOrigins.length > 0) {
    await app.register(fastifyCors, {
      origin: [...settings.corsOrigins],
      methods: ['GET', 'POST', 'DELETE'],
      allowedHeaders: ['Content-Type', 'Authorization', 'X-Request-Id'],
      exposedHeaders: ['X-Request-Id', 'Retry-After'],
      maxAge: 600,
    });
  }
  await app.register(fastifyRateLimit, {
    global: true,
    max: settings.rateLimitPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) =>
      new AppError(
        'RATE_LIMITED',
        `Too many requests: at most ${context.max} a minute from one client. Try again in ${context.after}.`,
        {
          limitPerMinute: context.max,
          retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)),
        },
      ),
    onExceeded: (request) => request.log.warn({ ip: request.ip }, 'rate limit exceeded'),
  });
}
