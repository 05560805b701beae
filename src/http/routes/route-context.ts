import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CareersService } from '../../app/service/index.js';

/** The Fastify instance with zod schemas as its type provider. */
export type ZodApp = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What route handlers get besides the request. */
export interface RouteContext {
  /** The use cases; throws AppError NOT_READY while the catalog is still loading. */
  readonly service: () => CareersService;
}
