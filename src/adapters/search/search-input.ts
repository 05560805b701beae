import { AppError } from '../../errors.js';

/** Results returned when the caller gives no limit. */
export const DEFAULT_LIMIT = 10;
/** Largest accepted limit. */
export const MAX_LIMIT = 100;
/** Longest accepted query: a job title, not a job description. */
export const MAX_QUERY_LENGTH = 200;

/** Trims the query, or throws AppError VALIDATION_FAILED when it is empty or too long. */
export function parseQuery(query: unknown): string {
  const text = typeof query === 'string' ? query.trim() : '';
  if (text === '') {
    throw new AppError(
      'VALIDATION_FAILED',
      'The search query is empty. Type a job title, e.g. "marketing coordinator" or "nurse".',
    );
  }
  if (text.length > MAX_QUERY_LENGTH) {
    throw new AppError(
      'VALIDATION_FAILED',
      `The search query is ${text.length} characters long; use at most ${MAX_QUERY_LENGTH} (a job title, not a description).`,
    );
  }
  return text;
}

/** The limit to use, or throws AppError VALIDATION_FAILED when it is not a whole number in 1…100. */
export function parseLimit(limit: unknown): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new AppError(
      'VALIDATION_FAILED',
      `The result limit must be a whole number from 1 to ${MAX_LIMIT}; got ${String(limit)}.`,
    );
  }
  return limit;
}
