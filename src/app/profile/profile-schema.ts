import { z } from 'zod';

const name = z.string().trim().min(1).max(80);

/** A skill: its O*NET name or element id, optionally with a level (1–7) or a self-rating (1–5). */
export const skillInputSchema = z.union([
  name,
  z
    .object({
      name,
      level: z.number().min(0).max(7).optional(),
      rating: z.number().int().min(1).max(5).optional(),
    })
    .strict()
    .refine((s) => s.level === undefined || s.rating === undefined, {
      message: 'give either level (O*NET 1–7) or rating (1–5), not both',
    }),
]);

const scoreMap = z.record(name, z.number().min(0).max(7));

/** The largest raw score of one area in the O*NET Interest Profiler (10 items × 0–4). */
export const INTEREST_PROFILER_MAX = 40;

const INTEREST_SCORE_MESSAGE = `an interest score is on O*NET's 1–7 scale, or an Interest Profiler raw score from 0 to ${INTEREST_PROFILER_MAX}`;
const interestScore = z
  .number()
  .min(0, INTEREST_SCORE_MESSAGE)
  .max(INTEREST_PROFILER_MAX, INTEREST_SCORE_MESSAGE);

/** True when interest scores are Interest Profiler raw scores (0–40) rather than O*NET's 1–7. */
export const isInterestProfilerScale = (scores: readonly number[]) => scores.some((x) => x > 7);

const oneScale = (scores: readonly number[]) =>
  !isInterestProfilerScale(scores) || scores.every((x) => Number.isInteger(x));

const ONE_SCALE_MESSAGE =
  'interest scores above 7 are read as O*NET Interest Profiler raw scores (whole numbers 0–40 per area); give all six on one scale: 1–7, or raw scores 0–40';

/**
 * Interests: RIASEC letters or names in order of preference, six scores or a map — on O*NET's
 * 1–7 scale, or as O*NET Interest Profiler raw scores (0–40 per area, recognised by a score above 7).
 */
export const interestsInputSchema = z.union([
  z.array(name).min(1).max(6),
  z.array(interestScore).length(6).refine(oneScale, { message: ONE_SCALE_MESSAGE }),
  z
    .record(name, interestScore)
    .refine((m) => oneScale(Object.values(m)), { message: ONE_SCALE_MESSAGE }),
]);

/** Work values: names in order of preference, six scores (1–7), or a name → score map. */
export const valuesInputSchema = z.union([
  z.array(name).min(1).max(6),
  z.array(z.number().min(0).max(7)).length(6),
  scoreMap,
]);

/** Hard constraints on the results. */
export const constraintsSchema = z
  .object({
    minSalaryUsd: z.number().min(0).max(10_000_000).optional(),
    maxJobZone: z.number().int().min(1).max(5).optional(),
    socMajorGroups: z
      .array(z.string().regex(/^\d{2}$/, 'a SOC major group is two digits, e.g. "15"'))
      .max(30)
      .optional(),
    excludeCodes: z
      .array(z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'an O*NET-SOC code looks like 15-1252.00'))
      .max(1100)
      .optional(),
    brightOutlookOnly: z.boolean().optional(),
  })
  .strict();

/** The profile a person sends (CLI file, API body, web form). One schema for every edge. */
export const profileInputSchema = z
  .object({
    skills: z.array(skillInputSchema).max(35).optional(),
    interests: interestsInputSchema.optional(),
    values: valuesInputSchema.optional(),
    constraints: constraintsSchema.optional(),
    currentOccupation: z.string().trim().min(1).max(120).optional(),
    /**
     * Past jobs, most recent first: each an O*NET-SOC code or job title and the years in it. The
     * profile combines them by years and recency; the first is the current occupation unless
     * `currentOccupation` says otherwise.
     */
    experience: z
      .array(
        z
          .object({
            occupation: z.string().trim().min(1).max(120),
            years: z.number().min(0).max(60),
          })
          .strict(),
      )
      .min(1)
      .max(10)
      .optional(),
  })
  .strict();

/** A profile as validated at the edge, before names are resolved. */
export type ProfileInput = z.infer<typeof profileInputSchema>;
