import { ZodError } from 'zod';
import { isAppError, type ErrorCode } from '../../errors.js';

/** Codes only the HTTP edge produces, on top of the app's stable ErrorCode set. */
export type HttpOnlyErrorCode =
  | 'MALFORMED_JSON'
  | 'BODY_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'BAD_REQUEST'
  | 'RETRAIN_UNAVAILABLE'
  | 'RETRAIN_IN_PROGRESS';

/** An error only the HTTP edge raises (the app's errors are AppError). */
export class HttpError extends Error {
  readonly code: HttpOnlyErrorCode;
  readonly details: unknown;

  constructor(code: HttpOnlyErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'HttpError';
    this.code = code;
    this.details = details;
  }
}

/** Every code an API error body can carry. */
export type HttpErrorCode = ErrorCode | HttpOnlyErrorCode;

/** The HTTP status of each code (the table documented in docs/API.md). */
export const STATUS_BY_CODE: Readonly<Record<HttpErrorCode, number>> = Object.freeze({
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  RETRAIN_IN_PROGRESS: 409,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNKNOWN_NAME: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  CONFIG_INVALID: 500,
  DATA_FETCH_FAILED: 502,
  DATA_MISSING: 503,
  DATA_INVALID: 503,
  MODEL_MISSING: 503,
  MODEL_INVALID: 503,
  MODEL_INCOMPATIBLE: 503,
  STORE_UNAVAILABLE: 503,
  NOT_READY: 503,
  RETRAIN_UNAVAILABLE: 503,
});

/** A thrown value turned into what the client gets; `internal` ones are logged with the stack. */
export interface ErrorResponse {
  readonly status: number;
  readonly code: HttpErrorCode;
  readonly message: string;
  readonly details: unknown;
  readonly headers: Readonly<Record<string, string>>;
  /** True when the error is a bug or an unknown failure: the client sees a generic message. */
  readonly internal: boolean;
}

/** One validation problem: where it is (`in` + dotted `path`) and what is wrong. */
export interface ValidationIssue {
  readonly in: string;
  readonly path: string;
  readonly message: string;
}

/** An error whose `statusCode`, `code` and `validation` fields Fastify and its plugins set. */
interface FrameworkError {
  readonly statusCode?: number;
  readonly code?: string;
  readonly message?: string;
  readonly validation?: readonly { instancePath?: string; message?: string }[];
  readonly validationContext?: string;
}

const RETRY_AFTER_NOT_READY_SECONDS = '5';

const toPath = (instancePath: string | undefined) =>
  (instancePath ?? '').split('/').filter(Boolean).join('.');

function fromCodedError(code: HttpErrorCode, message: string, details: unknown): ErrorResponse {
  const status = STATUS_BY_CODE[code] ?? 500;
  const headers: Record<string, string> = {};
  if (code === 'RATE_LIMITED') {
    const seconds = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    headers['retry-after'] = String(typeof seconds === 'number' ? Math.max(1, seconds) : 60);
  }
  if (code === 'NOT_READY') headers['retry-after'] = RETRY_AFTER_NOT_READY_SECONDS;
  if (code === 'UNAUTHORIZED') headers['www-authenticate'] = 'Bearer realm="admin"';
  if (status >= 500 && status !== 502 && status !== 503) return internalError();
  return { status, code, message, details: details ?? null, headers, internal: false };
}

const internalError = (): ErrorResponse => ({
  status: 500,
  code: 'INTERNAL',
  message: 'Something went wrong on our side. Quote the request id if you report it.',
  details: null,
  headers: {},
  internal: true,
});

const make = (
  status: number,
  code: HttpErrorCode,
  message: string,
  details: unknown = null,
): ErrorResponse => ({ status, code, message, details, headers: {}, internal: false });

/**
 * The single mapping from anything thrown inside a request to the client's error. AppErrors keep
 * their code and message; validation failures list their issues; framework 4xx errors get a
 * stable code; everything else is internal (generic message, logged with its stack).
 */
export function toErrorResponse(error: unknown, bodyLimitBytes = 65_536): ErrorResponse {
  if (isAppError(error) || error instanceof HttpError) {
    return fromCodedError(error.code, error.message, error.details);
  }
  if (error instanceof ZodError) {
    const issues: ValidationIssue[] = error.issues.map((i) => ({
      in: 'body',
      path: i.path.map(String).join('.'),
      message: i.message,
    }));
    return make(400, 'VALIDATION_FAILED', describeIssues(issues), { issues });
  }
  const e = (typeof error === 'object' && error !== null ? error : {}) as FrameworkError;
  if (Array.isArray(e.validation)) {
    const where = e.validationContext ?? 'body';
    const issues: ValidationIssue[] = e.validation.map((v) => ({
      in: where,
      path: toPath(v.instancePath),
      message: v.message ?? 'is invalid',
    }));
    return make(400, 'VALIDATION_FAILED', describeIssues(issues), { issues });
  }
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return make(
        413,
        'BODY_TOO_LARGE',
        `The request body is too large; send at most ${Math.floor(bodyLimitBytes / 1024)} kB.`,
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return make(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'Send the body as JSON with the header Content-Type: application/json.',
      );
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return make(400, 'MALFORMED_JSON', 'The request body is not valid JSON; fix its syntax.');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return make(414, 'BAD_REQUEST', 'A path segment of the URL is too long; check the URL.');
    case 'FST_ERR_BAD_URL':
      return make(400, 'BAD_REQUEST', 'The URL is not valid (bad percent-encoding); check it.');
  }
  if (error instanceof SyntaxError && e.statusCode === 400) {
    return make(400, 'MALFORMED_JSON', 'The request body is not valid JSON; fix its syntax.');
  }
  const status = e.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return make(status, 'BAD_REQUEST', e.message ?? 'The request is not valid.');
  }
  return internalError();
}

function describeIssues(issues: readonly ValidationIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => {
    const where = i.path === '' ? i.in : `${i.in}.${i.path}`;
    return `${where}: ${i.message}`;
  });
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return `The request is not valid: ${shown.join('; ')}${more}. Fix these fields and send it again.`;
}
