import { z } from 'zod';
import {
  borrowedFiguresSchema,
  list,
  onetCodeSchema,
  riasecLetterSchema,
  toolInDemandSchema,
  wageValueSchema,
} from './common-schemas.js';
import { occupationResolutionSchema } from './resolution-schemas.js';

const blsRowFields = {
  socCode: z.string(),
  inheritedFromSoc: z.boolean(),
  aggregate: z.boolean().optional(),
  blsTitle: z.string().optional(),
  borrowedFrom: borrowedFiguresSchema
    .nullable()
    .describe(
      'Set when the figures are a broader occupation’s or a BLS group’s, with the note to show.',
    ),
};

const wagesSchema = z
  .object({
    medianAnnualUsd: wageValueSchema,
    pct10AnnualUsd: wageValueSchema,
    pct25AnnualUsd: wageValueSchema,
    pct75AnnualUsd: wageValueSchema,
    pct90AnnualUsd: wageValueSchema,
    ...blsRowFields,
    source: z.string(),
  })
  .meta({ id: 'Wages' });

const outlookSchema = z
  .object({
    employment2024Thousands: z.number().nullable(),
    employment2034Thousands: z.number().nullable(),
    changePercent: z.number().nullable(),
    annualOpeningsThousands: z.number().nullable(),
    typicalEntryEducation: z.string().nullable(),
    workExperience: z.string().nullable(),
    onTheJobTraining: z.string().nullable(),
    brightOutlook: z.boolean(),
    brightOutlookReason: z.string(),
    ...blsRowFields,
  })
  .meta({ id: 'Outlook' });

const scoreProfile = <T extends z.ZodType>(highPoint: T) =>
  z
    .object({
      scores: z.record(z.string(), z.number().nullable()),
      highPoints: list(highPoint),
    })
    .nullable();

/** Everything the detail view of one occupation shows. */
export const occupationDetailSchema = z
  .object({
    code: onetCodeSchema,
    title: z.string(),
    description: z.string(),
    rateable: z
      .boolean()
      .describe('False for occupations with no skill ratings, O*NET’s or estimated.'),
    profileEstimated: z
      .boolean()
      .describe(
        'True when O*NET has not rated this occupation’s skills and the ratings shown (skills, knowledge, abilities, work values) are estimated from similar rated occupations.',
      ),
    profileEstimateText: z
      .string()
      .nullable()
      .describe('The sentence that says so, naming the occupations it is estimated from.'),
    jobZone: z.number().nullable(),
    jobZoneName: z.string().nullable(),
    jobZoneEducation: z.string().nullable(),
    education: z.object({ typicalLabel: z.string(), typicalCategory: z.number() }).nullable(),
    wages: wagesSchema.nullable(),
    outlook: outlookSchema.nullable(),
    interests: scoreProfile(riasecLetterSchema),
    workValues: scoreProfile(z.string()),
    skills: list(
      z.object({
        id: z.string(),
        name: z.string(),
        importance: z.number(),
        level: z.number(),
        suppressed: z.boolean(),
      }),
    ).nullable(),
    technologies: list(
      z.object({
        name: z.string(),
        commodityTitle: z.string(),
        hot: z.boolean(),
        inDemand: z.boolean(),
      }),
    ),
    toolsInDemand: list(toolInDemandSchema).describe(
      'The technologies O*NET flags In Demand or Hot, most relevant first (the ranking recommendations use, without a current job); at most 10.',
    ),
    tasks: list(z.string()),
    alternateTitles: list(z.string()),
    related: list(
      z.object({
        code: onetCodeSchema,
        title: z.string(),
        tier: z.enum(['Primary-Short', 'Primary-Long', 'Supplemental']),
      }),
    ),
  })
  .meta({ id: 'OccupationDetail' });

/** One occupation found by a job-title search. */
export const titleMatchSchema = z
  .object({
    code: onetCodeSchema,
    title: z.string(),
    score: z.number().describe('Ranking key, higher first (integer part: kind of match).'),
    kind: z
      .union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])
      .describe(
        'How the query covers matchedTitle: 3 the whole title, 2 a whole phrase in it, 1 every word somewhere in it, 0 some words.',
      ),
    approximate: z.boolean().describe('True when a word matched only with a typo or as a prefix.'),
    matchedTitle: z.string(),
    matchedField: z.enum(['title', 'alternate', 'reported', 'synonym']),
    why: z.string(),
  })
  .meta({ id: 'TitleMatch' });

/** GET /v1/occupations/search: the query string. */
export const titleSearchQuerySchema = z
  .object({
    q: z.string().trim().min(1).max(120).describe('A job title, e.g. "marketing coordinator".'),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict();

/** GET /v1/occupations/search: the matches, best first. */
export const titleSearchResponseSchema = z.object({
  query: z.string(),
  results: list(titleMatchSchema),
});

/** A profile resolved to O*NET element order (what /v1/profiles/infer returns). */
export const resolvedProfileSchema = z
  .object({
    skillLevels: list(z.number().nullable()).describe('35 levels in O*NET skill order.'),
    skillSources: list(z.enum(['stated', 'stated-default', 'inferred']).nullable()),
    interests: list(z.number()).nullable(),
    interestOrder: list(riasecLetterSchema),
    values: list(z.number()).nullable(),
    valueOrder: list(z.string()),
    constraints: z.object({
      minSalaryUsd: z.number().optional(),
      maxJobZone: z.number().optional(),
      socMajorGroups: list(z.string()).optional(),
      excludeCodes: list(z.string()).optional(),
      brightOutlookOnly: z.boolean().optional(),
    }),
    currentOccupation: z.string().nullable(),
    currentJobZone: z.number().nullable(),
    inferred: z
      .object({
        code: onetCodeSchema,
        skillImportance: list(z.number()).describe('Skill importance (IM, 1–5) in skill order.'),
        abilityImportance: list(z.number()).nullable(),
        workStyleImpact: list(z.number()).nullable(),
      })
      .nullable()
      .optional()
      .describe('The full O*NET profile of the current occupation, when inferred from one.'),
  })
  .meta({ id: 'ResolvedProfile' });

/** POST /v1/profiles/infer: the current occupation, as a code or a job title. */
export const inferProfileRequestSchema = z
  .object({
    occupation: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .describe('An O*NET-SOC code (15-1252.00) or a job title ("nurse").'),
  })
  .strict()
  .meta({ example: { occupation: 'registered nurse' } });

/** POST /v1/profiles/infer: the occupation found and the profile inferred from it. */
export const inferProfileResponseSchema = z.object({
  code: onetCodeSchema,
  title: z.string(),
  profile: resolvedProfileSchema,
  resolved: occupationResolutionSchema.describe(
    'What the code or job title was resolved to, and how sure.',
  ),
});
