import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import Fastify, { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CareersService } from '../app/service/index.js';
import { AppError } from '../errors.js';
import { installErrorHandlers, sendError, toErrorResponse } from './errors/index.js';
import type { HttpServerDeps } from './http-deps.js';
import { installHttpMetrics } from './metrics/index.js';
import { registerOpenApi, registerSecurityPlugins } from './plugins/index.js';
import { toResponseJson } from './response-json.js';
import {
  registerFeedbackRoutes,
  registerHealthRoutes,
  registerModelRoutes,
  registerOccupationRoutes,
  registerProfileRoutes,
  registerPathwayRoutes,
  registerQuestionnaireRoutes,
  registerRecommendationRoutes,
  registerReferenceRoutes,
  registerWebRoutes,
  type RouteContext,
  type ZodApp,
} from './routes/index.js';

/** A request id a client may choose (x-request-id); anything else gets a fresh UUID. */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function toRequestId(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  return typeof header === 'string' && CLIENT_REQUEST_ID.test(header) ? header : randomUUID();
}

/** One log line per request, when it completes (Fastify's default is two, start and end). */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const fields = {
      method: request.method,
      url: request.url,
      statusCode: reply.statusCode,
      responseTimeMs: Math.round(reply.elapsedTime * 100) / 100,
    };
    if (error) request.log.error({ ...fields, err: error }, 'request errored');
    else request.log.info(fields, 'request completed');
  }
}

/**
 * Builds the HTTP API on Fastify: zod validation and OpenAPI from the same schemas, one error
 * mapping, security headers, CORS, rate limit, metrics, request ids and logs. Returns the
 * instance without listening, so the caller chooses host and port (and tests may add routes).
 */
export async function createHttpServer(deps: HttpServerDeps): Promise<ZodApp> {
  const { limits } = deps;
  const app = Fastify({
    loggerInstance: deps.logger,
    logController: new OneLinePerRequest(),
    genReqId: toRequestId,
    requestIdHeader: false,
    bodyLimit: limits.bodyLimitBytes,
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.connectionTimeoutMs,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
    // Errors the router raises before any route runs (a bad percent-encoding, a path parameter
    // over the length limit) leave in the same JSON envelope as every other error.
    frameworkErrors: (error, request, reply) =>
      sendError(request, reply, toErrorResponse(error, limits.bodyLimitBytes)),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  // Responses are plain JSON of the app's typed results: the response schemas give the types
  // (checked at compile time) and the documentation; the tests check bodies against them.
  // toResponseJson escapes characters above U+00FF, which keeps V8 on its fast path.
  app.setSerializerCompiler(() => toResponseJson);
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  // While closing, answers to in-flight requests end their keep-alive connection, so close()
  // resolves once they are sent instead of waiting for idle sockets to time out.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });

  await registerSecurityPlugins(app, {
    corsOrigins: deps.corsOrigins,
    rateLimitPerMinute: limits.rateLimitPerMinute,
  });
  await registerOpenApi(app, deps.version);
  installErrorHandlers(app, limits.bodyLimitBytes);
  installHttpMetrics(app, deps.now ?? Date.now);

  const ctx: RouteContext = {
    service: (): CareersService => {
      const service = deps.service();
      if (!service) {
        throw new AppError(
          'NOT_READY',
          'The server is still loading the O*NET catalog; try again in a few seconds (GET /readyz says when it is ready).',
        );
      }
      return service;
    },
  };
  registerHealthRoutes(app, deps.readiness);
  registerRecommendationRoutes(app, ctx);
  registerPathwayRoutes(app, ctx);
  registerOccupationRoutes(app, ctx);
  registerFeedbackRoutes(app, ctx);
  registerModelRoutes(app, ctx, {
    adminToken: deps.adminToken,
    retrain: deps.retrain,
    activateModel: deps.activateModel,
  });
  registerQuestionnaireRoutes(app, ctx);
  registerReferenceRoutes(app, ctx);
  registerProfileRoutes(app, ctx);
  await registerWebRoutes(app, deps.webRoot, deps.version);
  return app;
}
