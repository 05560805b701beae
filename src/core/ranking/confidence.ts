import { z } from 'zod';
import type { UserContext } from '../features/index.js';
import type { CareerProfile } from '../features/index.js';

/** How much to trust one recommendation. */
export const confidenceSchema = z.enum(['High', 'Medium', 'Low']);

/** How much to trust one recommendation (see confidenceSchema). */
export type Confidence = z.infer<typeof confidenceSchema>;

/** The inputs of the confidence rule, returned so explanations can say why. */
export const confidenceBasisSchema = z.object({
  confidence: confidenceSchema,
  /** The model's probability (or the baseline's similarity) for the pair. */
  probability: z.number(),
  /** 0–1: how much the profile says (skills, interests, values stated). */
  profileSupport: z.number(),
  /** 0–1: how solid the occupation's data are (suppressed ratings, missing tables). */
  dataSupport: z.number(),
});

/** The confidence of one recommendation and why (see confidenceBasisSchema). */
export type ConfidenceBasis = z.infer<typeof confidenceBasisSchema>;

/**
 * Profile support: skills count for half (saturating at 5 named skills), interests for 0.3,
 * work values for 0.2.
 */
export function profileSupport(user: UserContext): number {
  const skills = Math.min(1, user.statedCount / 5) * 0.5;
  const interests = user.profile.interests ? 0.3 : 0;
  const values = user.profile.values ? 0.2 : 0;
  return skills + interests + values;
}

/** What an estimated profile (O*NET has not rated the occupation) takes off the data support. */
export const ESTIMATED_PROFILE_PENALTY = 0.5;

/**
 * Data support: 1, minus the share of suppressed skill ratings, minus 0.2 without work values,
 * minus 0.2 without RIASEC high points, minus 0.5 when the profile is estimated (so an
 * estimated occupation is never High).
 */
export function dataSupport(career: CareerProfile): number {
  const noValues = career.topValue < 0 ? 0.2 : 0;
  const noInterests = career.highPoints.length === 0 ? 0.2 : 0;
  const estimated = career.profileEstimated ? ESTIMATED_PROFILE_PENALTY : 0;
  return Math.max(0, 1 - career.suppressedShare - noValues - noInterests - estimated);
}

/**
 * The confidence rule: High when the probability is at least 0.7 and both the profile and the
 * occupation's data support it (each ≥ 0.6); Low when the probability is under 0.4 or either
 * support is under 0.35; Medium otherwise.
 */
export function toConfidence(
  probability: number,
  user: UserContext,
  career: CareerProfile,
): ConfidenceBasis {
  const ps = profileSupport(user);
  const ds = dataSupport(career);
  const confidence: Confidence =
    probability >= 0.7 && ps >= 0.6 && ds >= 0.6
      ? 'High'
      : probability < 0.4 || ps < 0.35 || ds < 0.35
        ? 'Low'
        : 'Medium';
  return { confidence, probability, profileSupport: ps, dataSupport: ds };
}
