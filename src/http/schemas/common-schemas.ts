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

/** Whose BLS figures an occupation shows when they are not its own (null when they are). */
export const borrowedFiguresSchema = z
  .object({
    socCode: z.string().describe('SOC code of the BLS row the figures are for, e.g. 11-9121.'),
    title: z.string(),
    kind: z
      .enum(['broader-occupation', 'bls-group'])
      .describe(
        '`broader-occupation`: an O*NET detailed occupation BLS does not publish separately; `bls-group`: BLS reports it only within a group.',
      ),
    note: z.string().describe('The sentence to show beside the figures.'),
  })
  .meta({ id: 'BorrowedFigures' });

/** A technology O*NET flags In Demand or Hot for an occupation, with what its rank rests on. */
export const toolInDemandSchema = z
  .object({
    name: z.string(),
    commodityTitle: z.string().describe('The kind of technology (O*NET commodity title).'),
    inDemand: z.boolean().describe('O*NET In Demand: asked for in this occupation’s postings.'),
    hot: z.boolean().describe('O*NET Hot Technology: asked for across all job postings.'),
    sameKindExamples: z
      .number()
      .int()
      .describe('How many of the occupation’s O*NET technology examples are of the same kind.'),
    occupationsListing: z.number().int().describe('How many occupations list this technology.'),
  })
  .meta({ id: 'ToolInDemand' });

/**
 * A step of the skill scale every person reads and types: 1 basic, 2 developing, 3 proficient,
 * 4 advanced, 5 expert (GET /v1/reference `skillScale` maps each onto O*NET's 0–7 levels).
 */
export const skillRatingSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
]);

/** A skill the career needs above what the person has (or has not said). */
export const skillGapSchema = z
  .object({
    skillId: z.string(),
    skill: z.string(),
    requiredLevel: z
      .number()
      .describe('Level the career needs, raw O*NET LV scale (0–7), for machines.'),
    currentLevel: z
      .number()
      .nullable()
      .describe('The person’s raw O*NET level (0–7); null when not stated.'),
    requiredRating: skillRatingSchema.describe(
      'Level the career needs on the skill scale people read (1 basic … 5 expert).',
    ),
    currentRating: skillRatingSchema
      .nullable()
      .describe('The person’s level on the skill scale; null when not stated.'),
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
