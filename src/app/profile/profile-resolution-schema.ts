import { z } from 'zod';
import { list } from '../../core/domain/index.js';

// What each typed name of a profile was read as, declared once: the resolver's types are inferred
// from these schemas and the API documents and checks its answers with the same ones.

const codeSchema = z.string().meta({ example: '15-1252.00' });

/** What a typed current occupation (code or job title) was resolved to, and how sure. */
export const occupationResolutionSchema = z
  .object({
    input: z.string().describe('What the person typed.'),
    how: z.enum(['code', 'title']),
    code: codeSchema,
    title: z.string(),
    confidence: z
      .enum(['exact', 'close'])
      .describe(
        '`exact`: the code, or one of the occupation’s O*NET titles (official, alternate, reported) or everyday words as typed; `close`: the same up to spelling, or once a leading seniority word is set aside. A weaker match is not resolved: 422 UNKNOWN_NAME asks "did you mean".',
      ),
    matchedTitle: z.string().nullable().describe('The title that matched (null for a code).'),
    matchedField: z.enum(['title', 'alternate', 'reported', 'synonym']).nullable(),
    why: z.string().describe('One sentence saying what matched.'),
    alsoListedFor: list(z.object({ code: codeSchema, title: z.string() })).describe(
      'Other occupations O*NET lists the same title for (the most common one was taken).',
    ),
  })
  .meta({ id: 'OccupationResolution' });

/** What a typed current occupation was resolved to (see occupationResolutionSchema). */
export type OccupationResolution = z.infer<typeof occupationResolutionSchema>;

/** A typed skill and the O*NET skill it was read as. */
export const skillResolutionSchema = z.object({
  input: z.string(),
  id: z.string(),
  name: z.string().describe('The O*NET skill name.'),
  how: z.enum(['name', 'element id', 'everyday word']),
});

/** A typed skill and the O*NET skill it was read as (see skillResolutionSchema). */
export type SkillResolution = z.infer<typeof skillResolutionSchema>;

/** Every name a profile used and what it resolved to. */
export const profileResolutionSchema = z
  .object({
    currentOccupation: occupationResolutionSchema.nullable(),
    experience: list(occupationResolutionSchema)
      .optional()
      .describe('Each past job as typed and the occupation it was read as, most recent first.'),
    skills: list(skillResolutionSchema).describe(
      'Each skill as typed and the O*NET skill it was read as, in the order given.',
    ),
  })
  .meta({ id: 'ProfileResolution' });

/** Every name the profile used and what it was resolved to (see profileResolutionSchema). */
export type ProfileResolution = z.infer<typeof profileResolutionSchema>;
