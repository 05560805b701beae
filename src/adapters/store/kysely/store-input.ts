import { isOnetCode } from '../../../core/domain/index.js';
import { AppError } from '../../../errors.js';
import { FEEDBACK_OUTCOMES, FEEDBACK_RATINGS } from '../../../app/ports/index.js';
import type { NewFeedback } from '../../../app/ports/index.js';
import type { FeedbackTable } from './schema.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_TEXT = 200;

function invalid(field: string, problem: string): AppError {
  return new AppError('VALIDATION_FAILED', `${field} ${problem}.`, { field, problem });
}

/**
 * Normalises an ISO 8601 instant to `YYYY-MM-DDTHH:mm:ss.sssZ`, so that text order equals time
 * order in both databases; throws VALIDATION_FAILED for anything else.
 */
export function toIsoInstant(value: unknown, field: string): string {
  const iso = typeof value === 'string' && ISO_INSTANT.test(value) ? toUtcIso(value) : undefined;
  if (iso === undefined) {
    throw invalid(field, 'must be an ISO 8601 instant with a time zone, e.g. 2025-01-31T12:00:00Z');
  }
  return iso;
}

function toUtcIso(value: string): string | undefined {
  const ms = Date.parse(value);
  const [year = NaN, month = NaN, day = NaN] = value.slice(0, 10).split('-').map(Number);
  // Date.parse rolls 2025-02-30 over into March; the calendar date must exist as written.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isFinite(ms) || day > daysInMonth) return undefined;
  const iso = new Date(ms).toISOString();
  // Offsets can push 9999-12-31 into year 10000 (`+010000-…`), which breaks text ordering.
  return /^\d{4}-/.test(iso) ? iso : undefined;
}

/** Returns a non-empty string of at most `max` characters, or throws VALIDATION_FAILED. */
export function requireText(value: unknown, field: string, max = MAX_TEXT): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    throw invalid(field, `must be a non-empty string of at most ${max} characters`);
  }
  return value;
}

/** Returns undefined or an integer within [min, max], or throws VALIDATION_FAILED. */
export function optionalInt(value: unknown, field: string, min: number, max: number) {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw invalid(field, `must be an integer from ${min} to ${max}`);
  }
  return value;
}

/**
 * Serialises any JSON value to text. Rejects what JSON cannot carry faithfully (undefined,
 * NaN, ±Infinity, bigint, cycles) instead of silently turning it into null.
 */
export function toJsonText(value: unknown, field: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v)) throw new Error('non-finite number');
      return v;
    });
  } catch (error) {
    throw invalid(field, `must be JSON-serialisable (${(error as Error).message})`);
  }
  if (text === undefined) throw invalid(field, 'must be a JSON value');
  return text;
}

/** Validates a feedback event and turns it into a row to insert. */
export function toFeedbackRow(event: NewFeedback): Omit<FeedbackTable, 'id'> {
  if (typeof event !== 'object' || event === null) throw invalid('feedback', 'must be an object');
  const { rating, outcome } = event;
  if (rating === undefined && outcome === undefined) {
    throw invalid('feedback', 'needs a rating (up|down) or an outcome (interested|applied|hired)');
  }
  if (rating !== undefined && !(FEEDBACK_RATINGS as readonly string[]).includes(rating)) {
    throw invalid('rating', `must be one of ${FEEDBACK_RATINGS.join(', ')}`);
  }
  if (outcome !== undefined && !(FEEDBACK_OUTCOMES as readonly string[]).includes(outcome)) {
    throw invalid('outcome', `must be one of ${FEEDBACK_OUTCOMES.join(', ')}`);
  }
  if (typeof event.code !== 'string' || !isOnetCode(event.code)) {
    throw invalid('code', 'must be an O*NET-SOC code such as 15-1252.00');
  }
  return {
    subject_id: event.subjectId === undefined ? null : requireText(event.subjectId, 'subjectId'),
    profile_json: toJsonText(event.profile, 'profile'),
    code: event.code,
    rating: rating ?? null,
    outcome: outcome ?? null,
    model_version: requireText(event.modelVersion, 'modelVersion'),
    created_at: toIsoInstant(event.createdAt, 'createdAt'),
  };
}
