import { readFile } from 'node:fs/promises';
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

/** Reads and parses a JSON file a person named on the command line; failures say what to fix. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new AppError('VALIDATION_FAILED', `Cannot read the file ${file}. Check the path.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError(
      'VALIDATION_FAILED',
      `${file} is not valid JSON: ${(error as Error).message}`,
    );
  }
}
