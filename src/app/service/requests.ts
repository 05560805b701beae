import { z } from 'zod';
import { BLS_EDUCATION_LEVELS } from '../../core/pathways/index.js';
import { FEEDBACK_OUTCOMES, FEEDBACK_RATINGS } from '../ports/index.js';
import { profileInputSchema } from '../profile/index.js';

/**
 * A profile that succeeds as it is: the example in the API docs (/docs "Try it out") and README —
 * a marketing specialist who wants to move into tech.
 */
export const EXAMPLE_PROFILE = {
  skills: ['Writing', 'Speaking', { name: 'Critical Thinking', rating: 4 }, 'coding'],
  interests: ['Enterprising', 'Investigative'],
  values: ['Achievement', 'Recognition'],
  constraints: { minSalaryUsd: 60000, maxJobZone: 4, socMajorGroups: ['15'] },
  currentOccupation: '13-1161.00',
} as const;

/** What every ranking request has: the profile and how many occupations to return. */
const rankingRequest = {
  profile: profileInputSchema,
  limit: z.number().int().min(1).max(50).default(10),
};

/** POST /v1/recommendations and `careers recommend`: a profile and how to rank it. */
export const recommendRequestSchema = z
  .object({
    ...rankingRequest,
    model: z.enum(['ml', 'baseline']).default('ml'),
    explain: z.boolean().default(true),
    /** Ask the optional LLM to rephrase explanations (ignored when no LLM is configured). */
    llm: z.boolean().default(false),
    feedback: z
      .array(
        z
          .object({
            code: z
              .string()
              .regex(/^\d{2}-\d{4}\.\d{2}$/, 'an O*NET-SOC code looks like 15-1252.00'),
            rating: z.enum(['up', 'down']),
          })
          .strict(),
      )
      .max(50)
      .optional()
      .describe(
        'This visit\'s reactions: "down" (not for me) moves that occupation and the 10 most like it down, "up" (more like this) moves them up, at once and for this request only (nothing is stored; POST /v1/feedback stores feedback).',
      ),
  })
  .strict()
  .meta({ example: { profile: EXAMPLE_PROFILE, limit: 10, model: 'ml', explain: true } });

/** A validated recommendation request. */
export type RecommendRequest = z.infer<typeof recommendRequestSchema>;

/** POST /v1/recommendations/compare: the same profile through the model and the baseline. */
export const compareRequestSchema = z
  .object({
    ...rankingRequest,
    explain: z.boolean().default(false),
  })
  .strict()
  .meta({ example: { profile: EXAMPLE_PROFILE, limit: 10 } });

/** A validated compare request. */
export type CompareRequest = z.infer<typeof compareRequestSchema>;

/** POST /v1/feedback: a rating, an outcome or both, about one recommended occupation. */
export const feedbackRequestSchema = z
  .object({
    profile: profileInputSchema,
    code: z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'an O*NET-SOC code looks like 15-1252.00'),
    rating: z.enum(FEEDBACK_RATINGS).optional(),
    outcome: z.enum(FEEDBACK_OUTCOMES).optional(),
    /** Opaque id the client keeps (e.g. a random UUID in the browser) to delete its feedback later. */
    subjectId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/, 'subjectId is 8–64 letters, digits, - or _')
      .optional(),
  })
  .strict()
  .refine((f) => f.rating !== undefined || f.outcome !== undefined, {
    message:
      'give a rating ("up" or "down"), an outcome ("interested", "applied", "hired") or both',
  })
  .meta({
    example: {
      profile: EXAMPLE_PROFILE,
      code: '15-1299.09',
      rating: 'up',
      subjectId: 'example-subject-1',
    },
  });

/** A validated feedback request. */
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;

/** POST /v1/pathways and `careers path`: routes from the person to a target career. */
export const pathwaysRequestSchema = z
  .object({
    profile: profileInputSchema,
    target: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .describe('The target career: an O*NET-SOC code or a job title O*NET lists.'),
    maxSteps: z
      .number()
      .int()
      .min(1)
      .max(3)
      .default(2)
      .describe('Moves allowed: 1 direct only, 2 through one stepping stone, 3 through two.'),
    limit: z.number().int().min(1).max(10).default(5).describe('How many routes at most.'),
    education: z
      .enum(BLS_EDUCATION_LEVELS)
      .optional()
      .describe(
        'Highest education completed, as a BLS category; absent: the BLS typical entry education of the current job.',
      ),
    yearsInCurrentJob: z
      .number()
      .min(0)
      .max(60)
      .optional()
      .describe(
        'Years in the current job, counted as related experience where O*NET lists it as related.',
      ),
  })
  .strict()
  .meta({
    example: {
      profile: { currentOccupation: 'Registered Nurses' },
      target: '29-1171.00',
      maxSteps: 2,
    },
  });

/** A validated pathways request. */
export type PathwaysRequest = z.infer<typeof pathwaysRequestSchema>;
