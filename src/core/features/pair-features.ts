import type { CareerProfile } from './career-profile.js';
import { CONTEXT_FEATURES, FEATURE_COUNT } from './feature-registry.js';
import { featureApplies } from './feature-spec.js';
import type { UserContext } from './user-context.js';
import { PROFILE_DIMENSIONS } from './vector-layout.js';

/** Index of the first context feature in the pair vector. */
export const CONTEXT_START = 3 * PROFILE_DIMENSIONS;

/**
 * Fills `out` (or a new array) with the FEATURE_COUNT pair features, in FEATURES order. A context
 * feature that does not apply to the person is NaN: missing, which the model reads as its mean
 * over the pairs where it applies (contributing 0 after standardisation), never as a measured 0.
 */
export function buildPairFeatures(
  user: UserContext,
  career: CareerProfile,
  out: Float64Array = new Float64Array(FEATURE_COUNT),
): Float64Array {
  const d = PROFILE_DIMENSIONS;
  const u = user.vector;
  for (let i = 0; i < d; i++) {
    out[i] = u[i]!;
    out[d + i] = career.vector[i]!;
    out[2 * d + i] = user.strength[i]! * career.emphasis[i]!;
  }
  writeContextFeatures(user, career, out, CONTEXT_START);
  return out;
}

/**
 * Writes the context features (CONTEXT_FEATURES order) into `out` starting at `start`, each from
 * its record; NaN (missing) where the record does not apply to the person. Everything that depends on one side only (norms, centred vectors, index lists, the
 * high-point mask) is precomputed in the UserContext and the CareerProfile, so per pair only
 * short sums remain; the numbers are those of the plain definitions (see
 * pair-features.property.test.ts).
 */
export function writeContextFeatures(
  user: UserContext,
  career: CareerProfile,
  out: Float64Array,
  start: number,
): void {
  for (let j = 0; j < CONTEXT_FEATURES.length; j++) {
    const feature = CONTEXT_FEATURES[j]!;
    out[start + j] = featureApplies(feature, user) ? feature.value(user, career) : Number.NaN;
  }
}
