import { z } from 'zod';
import {
  PROFILE_DETAILS,
  matchRangeSchema,
  rangeMarginsSchema,
  type MatchRange,
  type MatchRangeParts,
  type ProfileDetail,
  toMatchRange,
} from './match-range.js';

/** How much to trust one recommendation: read from the width of its match range alone. */
export const confidenceSchema = z.enum(['High', 'Medium', 'Low']);

/** How much to trust one recommendation (see confidenceSchema). */
export type Confidence = z.infer<typeof confidenceSchema>;

/** Widest range (points) still called High confidence; never more than 30. */
export const HIGH_CONFIDENCE_MAX_WIDTH = 25;

/** Widest range (points) still called Medium confidence; wider is Low. */
export const MEDIUM_CONFIDENCE_MAX_WIDTH = 50;

/** The confidence a match range gives: High up to 25 points wide, Medium up to 50, else Low. */
export function confidenceOfRange(range: MatchRange): Confidence {
  const width = range.high - range.low;
  return width <= HIGH_CONFIDENCE_MAX_WIDTH
    ? 'High'
    : width <= MEDIUM_CONFIDENCE_MAX_WIDTH
      ? 'Medium'
      : 'Low';
}

/** The confidence of a recommendation, its match range and what the range is made of. */
export const confidenceBasisSchema = z
  .object({
    confidence: confidenceSchema,
    matchRange: matchRangeSchema,
    widthPoints: z.number().int().describe('high − low: the confidence is read from this alone.'),
    profileDetail: z
      .enum(PROFILE_DETAILS)
      .describe(
        'How much the profile tells: complete (inferred from a current job), stated (5+ skills, interests and values) or brief.',
      ),
    calibration: rangeMarginsSchema.describe(
      'Points of the calibration step’s 80% interval (the data behind the percentage).',
    ),
    perturbations: rangeMarginsSchema.describe(
      'How far the percentage moved with one stated skill dropped or the first two interests (or values) in the other order.',
    ),
    detail: rangeMarginsSchema.describe(
      'Points added for how much the profile tells (fitted on held-out occupations).',
    ),
    widenPoints: z
      .number()
      .describe('Extra points on both sides (an occupation whose own data are estimated).'),
  })
  .meta({ id: 'ConfidenceBasis' });

/** The confidence of one recommendation and why (see confidenceBasisSchema). */
export type ConfidenceBasis = z.infer<typeof confidenceBasisSchema>;

/** Builds the range from its parts and reads the confidence from it. */
export function toConfidenceBasis(parts: MatchRangeParts, detail: ProfileDetail): ConfidenceBasis {
  const matchRange = toMatchRange(parts);
  return {
    confidence: confidenceOfRange(matchRange),
    matchRange,
    widthPoints: matchRange.high - matchRange.low,
    profileDetail: detail,
    calibration: parts.calibration,
    perturbations: parts.perturbations,
    detail: parts.detail,
    widenPoints: parts.widenPoints,
  };
}
