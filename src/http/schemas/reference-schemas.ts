import { z } from 'zod';
import { list, riasecLetterSchema } from './common-schemas.js';

/** GET /v1/reference: the names, scales and anchors a profile form needs. */
export const referenceSchema = z
  .object({
    skillGroups: list(z.object({ id: z.string(), name: z.string() })),
    skills: list(
      z.object({
        id: z.string(),
        name: z.string(),
        groupId: z.string(),
        anchors: list(
          z.object({
            level: z.number().describe('Level on O*NET’s LV scale (0–7).'),
            rating: z.number().int().describe('The 1–5 self-rating nearest this level.'),
            description: z.string(),
          }),
        ).describe('O*NET level-scale anchors: what this skill looks like at that level.'),
      }),
    ).describe('The 35 skills in O*NET order, each with its group.'),
    selfRatingLevels: list(z.number()).describe(
      'The O*NET level each self-rating 1–5 stands for (index 0 = rating 1).',
    ),
    skillScale: list(
      z.object({
        rating: z.number().int(),
        label: z.string(),
        onetLevel: z.number().describe('The O*NET LV level (0–7) this step stands for.'),
      }),
    ).describe(
      'The skill scale every person reads and types (the canonical one): 1 basic, 2 developing, 3 proficient, 4 advanced, 5 expert. The API also takes raw O*NET levels (`level`, 0–7).',
    ),
    riasec: list(z.object({ letter: riasecLetterSchema, name: z.string() })),
    workValues: list(z.object({ id: z.string(), name: z.string() })),
    jobZones: list(z.object({ zone: z.number().int(), name: z.string(), education: z.string() })),
    socMajorGroups: list(
      z.object({
        code: z.string(),
        name: z.string(),
        occupations: z.number().int().describe('Rateable occupations in the group.'),
      }),
    ).describe('Values for the `socMajorGroups` constraint.'),
  })
  .meta({ id: 'Reference' });
