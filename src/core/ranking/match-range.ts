import { z } from 'zod';
import type { UserProfile } from '../domain/index.js';

/**
 * The share of recommendations whose range should hold what it claims (see matchRangeSchema):
 * 10% may fall below the range and 10% above it.
 */
export const RANGE_LEVEL = 0.8;

/** The standard normal quantile of a two-sided RANGE_LEVEL interval. */
const Z = 1.2816;

/**
 * Fewest occupations behind one step of the match calibration (the MIN_BLOCK of the fit): the
 * calibration part of a range is the Wilson interval of a step this size, so at most as narrow
 * as the data behind the step allow.
 */
export const CALIBRATION_STEP_SIZE = 100;

/** How much a profile tells: what the width of its ranges depends on. */
export const PROFILE_DETAILS = ['complete', 'stated', 'brief'] as const;

/**
 * How much a profile tells: `complete` when it is inferred from a current job (a whole O*NET
 * profile), `stated` with at least five skills, interests and work values, `brief` otherwise.
 */
export type ProfileDetail = (typeof PROFILE_DETAILS)[number];

/** How much `profile` tells (see ProfileDetail). */
export function profileDetailOf(profile: UserProfile): ProfileDetail {
  if (profile.inferred) return 'complete';
  const skills = profile.skillLevels.filter((l) => l !== null).length;
  return skills >= 5 && profile.interests !== null && profile.values !== null ? 'stated' : 'brief';
}

/**
 * Points (of the 0–100 match scale) a part of a range reaches below and above the match
 * percentage; a fitted profile-detail margin may be negative (it narrows the other parts).
 */
export const rangeMarginsSchema = z.object({
  below: z.number(),
  above: z.number(),
});

/** Points a range reaches below and above (see rangeMarginsSchema). */
export type RangeMargins = z.infer<typeof rangeMarginsSchema>;

/**
 * What a profile's detail adds to its ranges, in points: the split-conformal margins that put
 * 10% of held-out truths below the range and 10% above (`careers eval-ranges` fits them on
 * the calibration sources of each cross-validated model, prints the ones fitted on all of
 * them, and docs/EVALUATION.md reports the coverage). A complete profile still adds some: the
 * percentage is an estimate of a rate, fitted on a few hundred occupations per step.
 */
export const RANGE_MARGINS: Readonly<Record<ProfileDetail, RangeMargins>> = Object.freeze({
  // `careers eval-ranges --seed 42 --folds 5 --pairs 40000 --stride 1` on the merged product (hub
  // correction, estimated profiles, missing features; fitted on every fold's calibration sources). Complete profiles: negative, the Wilson interval of a 100-occupation
  // step is wider than the held-out rates need.
  complete: { below: -3.3, above: -2.4 },
  stated: { below: 20.4, above: 6.7 },
  brief: { below: 20.9, above: 9.1 },
});

/**
 * The range a match percentage could take: whole percent, `low ≤ matchPercent ≤ high`. For the
 * model: with about RANGE_LEVEL probability, the share of related occupations among held-out
 * recommendations with the standing this occupation would have if we knew the person's whole
 * profile (its rank band and calibrated percentage with the complete O*NET profile of the job
 * they come from) lies in it. For the baseline: how far the similarity moves when one detail of
 * the profile changes.
 */
export const matchRangeSchema = z
  .object({
    low: z.number().int().min(0).max(100),
    high: z.number().int().min(0).max(100),
  })
  .meta({ id: 'MatchRange' });

/** The range of a match percentage (see matchRangeSchema). */
export type MatchRange = z.infer<typeof matchRangeSchema>;

/** Margins of the Wilson interval (RANGE_LEVEL) of a rate `p` observed on `n` occupations. */
export function calibrationMargins(p: number, n = CALIBRATION_STEP_SIZE): RangeMargins {
  const q = Math.min(1, Math.max(0, p));
  const z2 = Z * Z;
  const centre = (q + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z * Math.sqrt((q * (1 - q)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return {
    below: 100 * Math.max(0, q - (centre - half)),
    above: 100 * Math.max(0, centre + half - q),
  };
}

/** Margins spanning every percentage the perturbed profiles gave (0 when there are none). */
export function perturbationMargins(percent: number, perturbed: readonly number[]): RangeMargins {
  let below = 0;
  let above = 0;
  for (const p of perturbed) {
    below = Math.max(below, percent - p);
    above = Math.max(above, p - percent);
  }
  return { below, above };
}

/** The parts a range is built from (all in points). */
export interface MatchRangeParts {
  /** The match percentage before rounding (probability × 100). */
  readonly percent: number;
  /** Margins of the calibration step's interval; zero for an uncalibrated scorer. */
  readonly calibration: RangeMargins;
  /** How far the percentage moves over the perturbed profiles. */
  readonly perturbations: RangeMargins;
  /** What the profile's detail adds (RANGE_MARGINS); zero for an uncalibrated scorer. */
  readonly detail: RangeMargins;
  /** Extra points on both sides (for example for an occupation whose own profile is estimated). */
  readonly widenPoints: number;
}

/**
 * The range: the percentage minus (plus) the sum of the margins below (above; a sum is never
 * negative), rounded outwards to whole percent and kept within 0–100 and around the shown
 * (rounded) percentage.
 */
export function toMatchRange(parts: MatchRangeParts): MatchRange {
  const shown = Math.round(parts.percent);
  const below = Math.max(
    0,
    parts.calibration.below + parts.perturbations.below + parts.detail.below + parts.widenPoints,
  );
  const above = Math.max(
    0,
    parts.calibration.above + parts.perturbations.above + parts.detail.above + parts.widenPoints,
  );
  const low = Math.max(0, Math.min(shown, Math.floor(parts.percent - below + 1e-9)));
  const high = Math.min(100, Math.max(shown, Math.ceil(parts.percent + above - 1e-9)));
  return { low, high };
}
