import { z } from 'zod';
import { list, riasecLetterSchema, wageValueSchema } from '../domain/index.js';
import { FACTOR_KINDS } from '../features/index.js';
import { confidenceSchema, skillGapSchema } from '../ranking/index.js';

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

/** What raising one skill would do to the match: from one level and percentage to another. */
export const counterfactualSchema = z.object({
  skill: z.string(),
  fromLevel: z.number().nullable(),
  toLevel: z.number(),
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
    confidence: confidenceSchema,
    /** Every factor with its contribution, largest first. */
    factors: list(factorSchema),
    /** The (up to three) largest positive factors. */
    topFactors: list(factorSchema),
    /** The most negative factor, if any factor pulls the score down. */
    holdingBack: factorSchema.nullable(),
    /** Stated skills whose fit helps this match, largest first. */
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
      meetsFloor: z.boolean().nullable(),
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
    }),
    gaps: list(skillGapSchema),
    /** Up to five Hot Technologies from O*NET Technology Skills. */
    hotTechnologies: list(z.string()),
    counterfactuals: list(counterfactualSchema),
    /**
     * Titles of the occupations that fit the person best, other than this one, whose resemblance
     * is blended into the score (empty when the scorer does not expand queries).
     */
    resemblesBestMatches: list(z.string()),
  })
  .meta({ id: 'ExplanationFacts' });

/** The facts behind one recommendation (see explanationFactsSchema). */
export type ExplanationFacts = z.infer<typeof explanationFactsSchema>;
