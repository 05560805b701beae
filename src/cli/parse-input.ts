import type { z } from 'zod';
import { AppError } from '../errors.js';

/** Validates `value` with a zod schema; a failure becomes VALIDATION_FAILED naming each problem. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (i) => `${i.path.length ? i.path.join('.') : what}: ${i.message}`,
  );
  throw new AppError('VALIDATION_FAILED', `Invalid ${what}: ${problems.join('; ')}.`, { problems });
}
