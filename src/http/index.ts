// The HTTP API: routes (schema + handler per resource), OpenAPI, error mapping, limits, metrics.
export * from './http-deps.js';
export * from './create-http-server.js';
export * from './logging.js';
export * from './admin-auth.js';
export type { ZodApp } from './routes/index.js';
export { STATUS_BY_CODE, toErrorResponse, type HttpErrorCode } from './errors/index.js';
