import { z } from 'zod';
import { RIASEC_LETTERS } from '../../core/domain/index.js';

/** A readonly array in responses: the app returns readonly data, and the types must match it. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

/** An O*NET-SOC occupation code such as 15-1252.00. */
export const onetCodeSchema = z.string().meta({ example: '15-1252.00' });

/** One RIASEC letter. */
export const riasecLetterSchema = z.enum(RIASEC_LETTERS);

/** A BLS wage figure: exact, a top-coded lower bound (`>=$239,200`), or not published. */
export const wageValueSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('exact'), usd: z.number() }),
    z.object({ kind: z.literal('atLeast'), usd: z.number() }),
    z.object({ kind: z.literal('unknown'), reason: z.string() }),
  ])
  .meta({ id: 'WageValue' });

/** A skill the career needs above what the person has (or has not said). */
export const skillGapSchema = z
  .object({
    skillId: z.string(),
    skill: z.string(),
    requiredLevel: z.number().describe('Level the career needs (O*NET LV scale, 0–7).'),
    currentLevel: z.number().nullable().describe('The person’s level; null when not stated.'),
    importance: z.number().describe('Importance for the career (IM, 1–5).'),
    gap: z.number(),
  })
  .meta({ id: 'SkillGap' });

/** The error envelope every failed request gets. */
export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code, e.g. VALIDATION_FAILED.'),
      message: z.string().describe('What went wrong and what to do about it.'),
      details: z.unknown().describe('Structured details (validation issues, suggestions) or null.'),
      requestId: z.string().describe('The x-request-id of the request, for the logs.'),
    }),
  })
  .meta({ id: 'Error' });

/** The error responses documented on every route, by status. */
export const errorResponses = (...statuses: readonly number[]) =>
  Object.fromEntries(statuses.map((s) => [s, errorResponseSchema])) as Record<
    number,
    typeof errorResponseSchema
  >;
