import { z } from 'zod';

// Parts of answers declared with the types they describe.
export {
  borrowedFiguresSchema,
  list,
  riasecLetterSchema,
  skillRatingSchema,
  toolInDemandSchema,
  wageValueSchema,
} from '../../core/domain/index.js';
export { skillGapSchema } from '../../core/ranking/index.js';

/** An O*NET-SOC occupation code such as 15-1252.00. */
export const onetCodeSchema = z.string().meta({ example: '15-1252.00' });

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
