import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
import { toErrorResponse, type ErrorResponse } from './to-error-response.js';

/** Sends an error in the one envelope the API uses: `{ error: { code, message, details, requestId } }`. */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  response: ErrorResponse,
): FastifyReply {
  return reply
    .code(response.status)
    .headers(response.headers)
    .type('application/json; charset=utf-8')
    .send(
      JSON.stringify({
        error: {
          code: response.code,
          message: response.message,
          details: response.details,
          requestId: String(request.id),
        },
      }),
    );
}

/**
 * Installs the API's only error mapping (after @fastify/rate-limit, which also limits 404s): every error thrown by a route, a hook or a plugin and
 * every unknown route end here and leave as the JSON error envelope; stack traces go to the log only.
 */
export function installErrorHandlers(app: FastifyInstance, bodyLimitBytes: number): void {
  app.setErrorHandler((error, request, reply) => {
    const response = toErrorResponse(error, bodyLimitBytes);
    if (response.internal) {
      request.log.error({ err: error }, 'request failed with an unexpected error');
    } else if (response.status >= 500) {
      request.log.warn({ code: response.code, reason: response.message }, 'request not served');
    }
    return sendError(request, reply, response);
  });
  app.setNotFoundHandler({ preHandler: app.rateLimit() }, (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const error = new AppError(
      'NOT_FOUND',
      `There is no ${request.method} ${path}. The API lives under /v1; see /docs or /openapi.json.`,
    );
    return sendError(request, reply, toErrorResponse(error, bodyLimitBytes));
  });
}
