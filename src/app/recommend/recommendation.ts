import { z } from 'zod';
import {
  borrowedFiguresSchema,
  list,
  outlookConcernSchema,
  payAgainstCurrentJobSchema,
  toolInDemandSchema,
  wageValueSchema,
} from '../../core/domain/index.js';
import { explanationFactsSchema } from '../../core/explain/index.js';
import {
  EXCLUSION_REASONS,
  confidenceBasisSchema,
  confidenceSchema,
  matchRangeSchema,
  skillGapSchema,
  skillToCheckSchema,
} from '../../core/ranking/index.js';
import { profileResolutionSchema } from '../profile/index.js';

// The answer of a recommendation, declared once: the types are inferred from these schemas, and
// the API documents (OpenAPI) and checks its responses with the same schemas.

/** Whether an LLM rewrote the explanation, and why not when it did not. */
export const llmUseSchema = z.object({
  used: z.boolean(),
  reason: z.string().optional(),
  model: z.string().optional(),
});

/** Whether an LLM rewrote the explanation (see llmUseSchema). */
export type LlmUse = z.infer<typeof llmUseSchema>;

/** The explanation attached to a recommendation. */
export const explanationSchema = z.object({
  text: z.string(),
  deterministicText: z
    .string()
    .optional()
    .describe('The rule-based text, kept when an LLM rewrite replaced `text`.'),
  facts: explanationFactsSchema,
  llm: llmUseSchema,
});

/** The explanation of one recommendation (see explanationSchema). */
export type Explanation = z.infer<typeof explanationSchema>;

/** One recommended occupation, as every edge (CLI JSON, API, web) shows it. */
export const recommendationSchema = z
  .object({
    rank: z.number().int(),
    code: z.string(),
    title: z.string(),
    /**
     * The ranking key in [0, 1]: for the model, its probability blended with how well the
     * occupation fits people from the occupations that fit you best (see the model description);
     * for the baseline, the cosine similarity.
     */
    score: z.number().describe('The ranking key in [0, 1].'),
    /**
     * For the model: round(100 × calibrated probability), the share of occupations with this
     * score that O*NET's experts list as related to the job a profile like this comes from
     * (measured on held-out occupations; a monotone map of `score`, so it never changes the
     * order). For the baseline: round(score × 100).
     */
    matchPercent: z.number().int(),
    matchRange: matchRangeSchema.describe(
      'Whole percent, low ≤ matchPercent ≤ high. For the model: with about 80% probability, the share of related occupations among held-out recommendations that stand where this one would if we knew the whole profile (the complete O*NET profile of the job the person comes from) lies in it; narrower the more the person told. For the baseline: how far the similarity moves when one detail of the profile changes.',
    ),
    confidence: confidenceSchema.describe(
      'Read from the width of matchRange alone: High up to 25 points, Medium up to 50, Low wider.',
    ),
    confidenceBasis: confidenceBasisSchema,
    /** Median annual wage in USD; for top-coded wages the lower bound (see medianAnnualWage). */
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
    /** True when an O*NET detail code takes its SOC's BLS figures. */
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
    outlookConcern: outlookConcernSchema
      .nullable()
      .optional()
      .describe(
        'Set when the occupation is shrinking or small; it then ranks below growing occupations that fit nearly as well.',
      ),
    payAgainstCurrentJob: payAgainstCurrentJobSchema
      .nullable()
      .optional()
      .describe(
        'The median against the current job’s, when there is a current job and both are known.',
      ),
    typicalEducation: z.string().nullable(),
    jobZone: z.number().nullable(),
    skillGaps: list(skillGapSchema).describe(
      'Needed skills the person stated (or has from their current job) below the level the job needs.',
    ),
    skillsToCheck: list(skillToCheckSchema).describe(
      'Needed skills the person did not mention: worth checking, not gaps (not stating a skill is not lacking it).',
    ),
    toolsInDemand: list(toolInDemandSchema).describe(
      'Technologies O*NET flags In Demand (this job’s postings) or Hot (all postings), most relevant first: In Demand before Hot only; within each, the kind of technology the job lists most examples of, then Hot, then the more widely used; never alphabetical; without those of the current job; at most 10. The card and the detail dialog show this one list.',
    ),
    interestCodes: list(z.string()),
    profileEstimated: z
      .boolean()
      .describe(
        'True when O*NET has not rated this occupation’s skills and its profile (skills, knowledge, abilities, work values) is estimated from similar rated occupations; its match and confidence are less certain.',
      ),
    profileEstimateText: z
      .string()
      .nullable()
      .describe(
        'The sentence that says so, naming the occupations it is estimated from; null when O*NET rated it.',
      ),
    explanation: explanationSchema
      .optional()
      .describe('Present when the request asked for explain: true.'),
    /** Set when an LLM moved this item; the score stays the model's. */
    reranked: z.object({ from: z.number(), reason: z.string() }).optional(),
    visitAdjustment: z
      .object({
        scoreChange: z.number(),
        because: list(
          z.object({ code: z.string(), title: z.string(), rating: z.enum(['up', 'down']) }),
        ),
      })
      .optional()
      .describe(
        "How the request's visit feedback moved this occupation: the change of its score (already in `score`) and the ratings that caused it (the occupation itself or one most like it).",
      ),
  })
  .meta({ id: 'Recommendation' });

/** One recommended occupation (see recommendationSchema). */
export type Recommendation = z.infer<typeof recommendationSchema>;

/** The model that produced a ranking. */
export const rankingModelSchema = z.object({
  kind: z.enum(['ml', 'baseline']),
  version: z.string(),
  description: z.string(),
});

/** The model that produced a ranking (see rankingModelSchema). */
export type ModelInfo = z.infer<typeof rankingModelSchema>;

/** A ranked answer for one profile. */
export const recommendationResultSchema = z
  .object({
    model: rankingModelSchema,
    recommendations: list(recommendationSchema),
    considered: z.number().int().describe('How many rateable occupations were scored.'),
    excluded: z
      .partialRecord(z.enum(EXCLUSION_REASONS), z.number().int())
      .describe('How many occupations each constraint removed.'),
    reranked: z.boolean(),
    resolved: profileResolutionSchema
      .optional()
      .describe('What each typed name (current job, skills) was resolved to, and how sure.'),
  })
  .meta({ id: 'RecommendationResult' });

/** A ranked answer for one profile (see recommendationResultSchema). */
export type RecommendationResult = z.infer<typeof recommendationResultSchema>;
