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

/** Interests: RIASEC letters or names in order of preference, six scores (1–7), or a map. */
export const interestsInputSchema = z.union([
  z.array(name).min(1).max(6),
  z.array(z.number().min(0).max(7)).length(6),
  scoreMap,
]);

/** Work values: names in order of preference, six scores (1–7), or a name → score map. */
export const valuesInputSchema = interestsInputSchema;

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
  })
  .strict();

/** A profile as validated at the edge, before names are resolved. */
export type ProfileInput = z.infer<typeof profileInputSchema>;
