import { z } from 'zod';
import {
  borrowedFiguresSchema,
  list,
  outlookConcernSchema,
  payAgainstCurrentJobSchema,
  riasecLetterSchema,
  skillRatingSchema,
  toolInDemandSchema,
  wageValueSchema,
} from '../domain/index.js';
import { FACTOR_KINDS } from '../features/index.js';
import {
  confidenceSchema,
  matchRangeSchema,
  skillGapSchema,
  skillToCheckSchema,
} from '../ranking/index.js';

// The facts an explanation is rendered from, declared once: the types below are inferred from
// these schemas, the API documents and checks its answers with them, and the LLM port takes
// its items from the same type.

/** A group of features a person understands, with its summed contribution to the score. */
export const factorSchema = z
  .object({
    id: z.string(),
    kind: z.enum(FACTOR_KINDS),
    /** Plain words: a skill name, "your interests", "salary against your floor" … */
    label: z.string(),
    contribution: z.number().describe('Summed contribution to the score (logit units for ml).'),
  })
  .meta({ id: 'Factor' });

/** A factor of an explanation (see factorSchema). */
export type Factor = z.infer<typeof factorSchema>;

/**
 * Why a factor holds a match back, each checkable from the data: a stated skill below the level
 * the job needs or one the job makes little use of; key skills stated below their level or not
 * mentioned; main interests of the job the person did not name; a top work value not among the
 * person's; pay below or just above the floor; more or less preparation than the current job;
 * employment not projected to grow; few of the current job's tools.
 */
export const HOLDING_BACK_REASONS = [
  'skill-below-needed',
  'skill-little-used',
  'key-skills-below',
  'key-skills-unstated',
  'interests-differ',
  'values-differ',
  'pay-below-floor',
  'pay-near-floor',
  'more-preparation',
  'less-preparation',
  'outlook-not-growing',
  'tools-differ',
] as const;

/** One of HOLDING_BACK_REASONS. */
export type HoldingBackReason = (typeof HOLDING_BACK_REASONS)[number];

/** The factor that holds a match back, with the reason the text gives and what it names. */
export const holdingBackSchema = factorSchema
  .extend({
    reason: z.enum(HOLDING_BACK_REASONS),
    subjects: list(z.string()).describe(
      'What the reason names: skills, interest names or a work value (may be empty).',
    ),
    yourRating: skillRatingSchema
      .nullable()
      .describe('For skill-below-needed: the person’s level on the 1–5 skill scale.'),
    neededRating: skillRatingSchema
      .nullable()
      .describe('For skill-below-needed: the level the job needs on the 1–5 skill scale.'),
    yourJobZone: z
      .number()
      .nullable()
      .describe('For more- or less-preparation: the Job Zone of the person’s current job.'),
  })
  .meta({ id: 'HoldingBack' });

/** The factor holding a match back and why (see holdingBackSchema). */
export type HoldingBack = z.infer<typeof holdingBackSchema>;

/** What raising one skill would do to the match: from one level and percentage to another. */
export const counterfactualSchema = z.object({
  skill: z.string(),
  fromLevel: z.number().nullable().describe('Raw O*NET level (0–7); null when not stated.'),
  toLevel: z.number().describe('Raw O*NET level (0–7) the match was re-scored with.'),
  fromRating: skillRatingSchema.nullable().describe('`fromLevel` on the 1–5 skill scale.'),
  toRating: skillRatingSchema.describe('The step of the 1–5 skill scale re-scored with.'),
  fromPercent: z.number(),
  toPercent: z.number(),
});

/** A counterfactual of an explanation (see counterfactualSchema). */
export type Counterfactual = z.infer<typeof counterfactualSchema>;

/** Everything an explanation says, as data: the text is rendered from these and nothing else. */
export const explanationFactsSchema = z
  .object({
    code: z.string(),
    title: z.string(),
    model: z.enum(['ml', 'baseline']),
    matchPercent: z.number(),
    /** Where the match percentage could lie (see the recommendation's matchRange). */
    matchRange: matchRangeSchema,
    confidence: confidenceSchema,
    /** Every factor with its contribution, largest first. */
    factors: list(factorSchema),
    /** The (up to three) largest positive factors. */
    topFactors: list(factorSchema),
    /**
     * The most negative factor that has a reason the data bear out (see HOLDING_BACK_REASONS);
     * null when no factor pulls the score down for a reason that can be named.
     */
    holdingBack: holdingBackSchema.nullable(),
    /**
     * Strengths, largest contribution first: skills the person stated (or their current job gives
     * them) that help this match and that the job uses (importance ≥ 3) at or just below their
     * level, never at a higher step of the skill scale or ≥ 1 O*NET level more.
     */
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
      /** Set when the median is a broader occupation's or a BLS group's, not this one's own. */
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
      /** Set when the projection is a broader occupation's or a BLS group's. */
      borrowedFrom: borrowedFiguresSchema.nullable(),
    }),
    outlookConcern: outlookConcernSchema
      .nullable()
      .optional()
      .describe('Shrinking or small: then this is what holds the match back in the ranking.'),
    payAgainstCurrentJob: payAgainstCurrentJobSchema.nullable().optional(),
    /** Skills the person stated (or has from their current job) below the level the job needs. */
    gaps: list(skillGapSchema),
    /** Skills the job needs that the person did not mention: worth checking, not gaps. */
    skillsToCheck: list(skillToCheckSchema),
    toolsInDemand: list(toolInDemandSchema).describe(
      'Up to five of the recommendation’s toolsInDemand, most relevant first.',
    ),
    toolsLeaveOutCurrentJob: z
      .boolean()
      .describe('True when the tools of the person’s current job were left out of toolsInDemand.'),
    hotTechnologies: list(z.string()).describe('The names of toolsInDemand.'),
    counterfactuals: list(counterfactualSchema),
    /**
     * Titles of the occupations that fit the person best, other than this one, whose resemblance
     * is blended into the score (empty when the scorer does not expand queries).
     */
    resemblesBestMatches: list(z.string()),
    profileEstimatedFrom: list(z.string())
      .nullable()
      .describe(
        'Null when O*NET rated this occupation; otherwise O*NET has not rated its skills and its profile is estimated from these rated occupations (titles, heaviest first).',
      ),
  })
  .meta({ id: 'ExplanationFacts' });

/** The facts behind one recommendation (see explanationFactsSchema). */
export type ExplanationFacts = z.infer<typeof explanationFactsSchema>;
