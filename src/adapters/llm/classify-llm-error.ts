import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import type { LlmFallbackReason } from '../../app/ports/index.js';

/** The fallback reason for an error the OpenAI client threw (not for our own aborts). */
export function reasonForError(error: unknown): LlmFallbackReason {
  // The client parses the body itself: a 200 whose body is not JSON surfaces as a SyntaxError.
  if (error instanceof SyntaxError) return 'malformed output';
  if (error instanceof APIConnectionTimeoutError) return 'timeout';
  if (error instanceof APIConnectionError) return 'unreachable';
  if (error instanceof APIError && typeof error.status === 'number') {
    if (error.status === 429) return 'rate limited';
    if (error.status >= 500) return 'server error';
    if (error.status === 401 || error.status === 403) return 'auth failed';
    return 'request rejected';
  }
  return 'enhancer error';
}

/** True for the answers worth one retry: 429 and 5xx. */
export function isRetryable(error: unknown): boolean {
  return (
    error instanceof APIError &&
    typeof error.status === 'number' &&
    (error.status === 429 || error.status >= 500)
  );
}

/** The HTTP status of an error, when it has one (for logs). */
export function statusOf(error: unknown): number | undefined {
  return error instanceof APIError && typeof error.status === 'number' ? error.status : undefined;
}

/**
 * How long the server asked us to wait, in ms: `retry-after-ms`, or `retry-after` in seconds
 * or as an HTTP date. Undefined when it did not say (or said something unreadable).
 */
export function retryAfterMs(error: unknown, nowMs: number): number | undefined {
  const headers = error instanceof APIError ? error.headers : undefined;
  if (!headers) return undefined;
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') !== null && Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - nowMs) : undefined;
}
