import type { FastifyBaseLogger } from 'fastify';
import type { CareersService } from '../app/service/index.js';

export type { ReadinessCheck, ReadinessProbe } from '../app/instance/index.js';
import type { ReadinessProbe } from '../app/instance/index.js';

/** How an operator runs a retrain: `force` accepts a candidate within the stated tolerance. */
export interface RetrainOptions {
  readonly force?: boolean;
}

/** Trains a model from the synthetic pairs and stored feedback; resolves to its report. */
export type RetrainFn = (options?: RetrainOptions) => Promise<Readonly<Record<string, unknown>>>;

/** Makes a registered model version the active one; resolves to it and the version it replaced. */
export type ActivateModelFn = (
  version: string,
) => Promise<{ readonly version: string; readonly previous: string | null }>;

/** The protective limits of the server. */
export interface HttpLimits {
  /** Largest accepted request body. */
  readonly bodyLimitBytes: number;
  /** Requests per minute per client IP on every route except health checks and metrics. */
  readonly rateLimitPerMinute: number;
  /** Time allowed to receive a whole request (headers and body). */
  readonly requestTimeoutMs: number;
  /** Socket inactivity timeout. */
  readonly connectionTimeoutMs: number;
}

/** Sensible defaults for the limits (64 kB bodies, 600 requests/minute, 15 s to send a request). */
export const DEFAULT_HTTP_LIMITS: HttpLimits = Object.freeze({
  bodyLimitBytes: 64 * 1024,
  rateLimitPerMinute: 600,
  requestTimeoutMs: 15_000,
  connectionTimeoutMs: 60_000,
});

/** Everything the HTTP server needs; the composition root (src/main) builds it. */
export interface HttpServerDeps {
  /** The use cases; null while the catalog is still loading (routes then answer 503 NOT_READY). */
  readonly service: () => CareersService | null;
  readonly readiness: ReadinessProbe;
  /** Token for /v1/admin/*; when unset the admin routes always answer 401. */
  readonly adminToken: string | undefined;
  /** The training use case; when absent POST /v1/admin/retrain answers 503 RETRAIN_UNAVAILABLE. */
  readonly retrain?: RetrainFn;
  /** Activation of a registered version (rollback); when absent the route answers 503 RETRAIN_UNAVAILABLE. */
  readonly activateModel?: ActivateModelFn;
  readonly limits: HttpLimits;
  /** Origins allowed to call the API from a browser (CORS); empty = same origin only. */
  readonly corsOrigins: readonly string[];
  readonly logger: FastifyBaseLogger;
  /** Folder of the web page's static build (web/dist); when missing, / shows a pointer to /docs. */
  readonly webRoot?: string | null;
  /** The product version shown in the OpenAPI document. */
  readonly version: string;
  /** Wall clock in ms (for process metrics); defaults to Date.now. */
  readonly now?: () => number;
}
