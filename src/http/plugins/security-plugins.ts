import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
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
 * The security headers helmet sets with our CSP, computed once: helmet's own Fastify plugin
 * rebuilds the middleware (and re-parses the CSP) on every request, which cost about a tenth of
 * a small request's CPU time here. The headers are the same for every response.
 */
export function toSecurityHeaders(): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  const middleware = helmet({
    contentSecurityPolicy: { directives: { ...CONTENT_SECURITY_POLICY } },
    crossOriginEmbedderPolicy: false,
  });
  void middleware({} as IncomingMessage, res as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return Object.freeze(headers);
}

/**
 * Registers the security headers (helmet's set, on every response), CORS for the configured
 * origins only, and the per-client-IP rate limit whose 429 goes through the API's error
 * mapping (with Retry-After).
 */
export async function registerSecurityPlugins(
  app: FastifyInstance,
  settings: SecuritySettings,
): Promise<void> {
  const headers = toSecurityHeaders();
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
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
