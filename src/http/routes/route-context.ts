import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { CareersService } from '../../app/service/index.js';
import { errorResponses } from '../schemas/index.js';

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

/** What the OpenAPI document says of a read-only GET route, and the schema of its answer. */
export interface ReadRouteDoc<S extends z.ZodType> {
  readonly tags: readonly string[];
  readonly summary: string;
  readonly description: string;
  readonly response: S;
}

/** Registers a read-only GET route (rate-limited; 503 while the catalog is still loading). */
export function registerReadRoute<S extends z.ZodType>(
  app: ZodApp,
  url: string,
  doc: ReadRouteDoc<S>,
  answer: () => z.output<S> | Promise<z.output<S>>,
): void {
  const { response, tags, ...text } = doc;
  app.get(
    url,
    {
      schema: {
        ...text,
        tags: [...tags],
        response: { 200: response, ...errorResponses(429, 503) },
      },
    },
    // `answer` is checked against S where the route is declared; Fastify cannot see through S.
    (async () => await answer()) as never,
  );
}
