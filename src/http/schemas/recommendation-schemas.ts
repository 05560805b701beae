import { z } from 'zod';
import {
  borrowedFiguresSchema,
  list,
  riasecLetterSchema,
  skillGapSchema,
  skillRatingSchema,
  toolInDemandSchema,
  wageValueSchema,
} from './common-schemas.js';
import { profileResolutionSchema } from './resolution-schemas.js';

const confidenceSchema = z.enum(['High', 'Medium', 'Low']);

const factorSchema = z
  .object({
    id: z.string(),
    kind: z.enum([
      'skill',
      'interests',
      'values',
      'salary',
      'education',
      'skill-levels',
      'outlook',
      'career-profile',
    ]),
    label: z.string(),
    contribution: z.number().describe('Summed contribution to the score (logit units for ml).'),
  })
  .meta({ id: 'Factor' });

const counterfactualSchema = z.object({
  skill: z.string(),
  fromLevel: z.number().nullable().describe('Raw O*NET level (0–7); null when not stated.'),
  toLevel: z.number().describe('Raw O*NET level (0–7) the match was re-scored with.'),
  fromRating: skillRatingSchema.nullable().describe('`fromLevel` on the 1–5 skill scale.'),
  toRating: skillRatingSchema.describe('The step of the 1–5 skill scale re-scored with.'),
  fromPercent: z.number(),
  toPercent: z.number(),
});

/** The facts an explanation is rendered from (the same numbers as the score). */
export const explanationFactsSchema = z
  .object({
    code: z.string(),
    title: z.string(),
    model: z.enum(['ml', 'baseline']),
    matchPercent: z.number(),
    confidence: confidenceSchema,
    factors: list(factorSchema),
    topFactors: list(factorSchema),
    holdingBack: factorSchema.nullable(),
    skillsThatFit: list(z.string()),
    interests: z.object({
      yours: list(riasecLetterSchema),
      career: list(riasecLetterSchema),
      shared: list(riasecLetterSchema),
    }),
    values: z.object({
      yours: list(z.string()),
      careerTop: z.string().nullable(),
      shared: z.boolean(),
    }),
    salary: z.object({
      median: wageValueSchema.nullable(),
      medianText: z.string(),
      floorUsd: z.number().nullable(),
      meetsFloor: z
        .boolean()
        .nullable()
        .describe('Judged on the shown median, also when it is borrowed (see borrowedFrom).'),
      borrowedFrom: borrowedFiguresSchema.nullable(),
    }),
    education: z.object({
      jobZone: z.number().nullable(),
      jobZoneName: z.string().nullable(),
      typicalEntryEducation: z.string().nullable(),
    }),
    outlook: z.object({
      brightOutlook: z.boolean(),
      changePercent: z.number().nullable(),
      annualOpeningsThousands: z.number().nullable(),
      borrowedFrom: borrowedFiguresSchema.nullable(),
    }),
    gaps: list(skillGapSchema),
    toolsInDemand: list(toolInDemandSchema).describe(
      'Up to five of the recommendation’s toolsInDemand, most relevant first.',
    ),
    toolsLeaveOutCurrentJob: z
      .boolean()
      .describe('True when the tools of the person’s current job were left out of toolsInDemand.'),
    hotTechnologies: list(z.string()).describe('The names of toolsInDemand.'),
    counterfactuals: list(counterfactualSchema),
    resemblesBestMatches: list(z.string()),
  })
  .meta({ id: 'ExplanationFacts' });

/** One recommended occupation, exactly as `careers recommend --json` prints it. */
export const recommendationSchema = z
  .object({
    rank: z.number().int(),
    code: z.string(),
    title: z.string(),
    score: z.number().describe('The ranking key in [0, 1].'),
    matchPercent: z.number().int(),
    confidence: confidenceSchema,
    confidenceBasis: z.object({
      confidence: confidenceSchema,
      probability: z.number(),
      profileSupport: z.number(),
      dataSupport: z.number(),
    }),
    medianAnnualWageUsd: z.number().nullable(),
    medianAnnualWage: wageValueSchema.nullable(),
    wageText: z.string(),
    wagePercentiles: z
      .object({
        p10: wageValueSchema,
        p25: wageValueSchema,
        p75: wageValueSchema,
        p90: wageValueSchema,
      })
      .nullable(),
    wageInheritedFromSoc: z.boolean(),
    wageBorrowedFrom: borrowedFiguresSchema
      .nullable()
      .describe(
        'Set when the wage and percentiles are a broader occupation’s or a BLS group’s; a salary floor is checked against them and passes with this note.',
      ),
    outlook: z
      .object({
        brightOutlook: z.boolean(),
        changePercent: z.number().nullable(),
        annualOpeningsThousands: z.number().nullable(),
        reason: z.string(),
        borrowedFrom: borrowedFiguresSchema
          .nullable()
          .describe('Set when the projection is a broader occupation’s or a BLS group’s.'),
      })
      .nullable(),
    typicalEducation: z.string().nullable(),
    jobZone: z.number().nullable(),
    skillGaps: list(skillGapSchema),
    toolsInDemand: list(toolInDemandSchema).describe(
      'Technologies O*NET flags In Demand (this job’s postings) or Hot (all postings), most relevant first: In Demand before Hot only; within each, the kind of technology the job lists most examples of, then Hot, then the more widely used; never alphabetical; without those of the current job; at most 10.',
    ),
    interestCodes: list(z.string()),
    explanation: z
      .object({
        text: z.string(),
        deterministicText: z
          .string()
          .optional()
          .describe('The rule-based text, kept when an LLM rewrite replaced `text`.'),
        facts: explanationFactsSchema,
        llm: z.object({
          used: z.boolean(),
          reason: z.string().optional(),
          model: z.string().optional(),
        }),
      })
      .optional()
      .describe('Present when the request asked for explain: true.'),
    reranked: z.object({ from: z.number(), reason: z.string() }).optional(),
  })
  .meta({ id: 'Recommendation' });

/** A ranked answer for one profile. */
export const recommendationResultSchema = z
  .object({
    model: z.object({
      kind: z.enum(['ml', 'baseline']),
      version: z.string(),
      description: z.string(),
    }),
    recommendations: list(recommendationSchema),
    considered: z.number().int().describe('How many rateable occupations were scored.'),
    excluded: z
      .partialRecord(
        z.enum(['salary', 'job-zone', 'field', 'excluded', 'outlook', 'current-occupation']),
        z.number().int(),
      )
      .describe('How many occupations each constraint removed.'),
    reranked: z.boolean(),
    resolved: profileResolutionSchema
      .optional()
      .describe('What each typed name (current job, skills) was resolved to, and how sure.'),
  })
  .meta({ id: 'RecommendationResult' });

/** The same profile through the model and the baseline, with their overlap in the top k. */
export const comparisonSchema = z
  .object({
    ml: recommendationResultSchema,
    baseline: recommendationResultSchema,
    overlap: z.object({
      k: z.number().int(),
      count: z.number().int(),
      codes: list(z.string()),
    }),
  })
  .meta({ id: 'Comparison' });
