import type { UserProfile } from '../domain/index.js';
import { INTEREST_OFFSET, PROFILE_DIMENSIONS, VALUE_OFFSET } from './vector-layout.js';

/** Highest value on O*NET's level scale. */
const MAX_LEVEL = 7;

/**
 * The person as a profile vector in [0, 1]: skill levels / 7, RIASEC and work-value scores.
 * What was not stated is 0 here; the stated-ness itself is carried by the count features.
 */
export function toUserVector(profile: UserProfile): Float64Array {
  const v = new Float64Array(PROFILE_DIMENSIONS);
  profile.skillLevels.forEach((level, i) => {
    if (level !== null) v[i] = level / MAX_LEVEL;
  });
  profile.interests?.forEach((score, i) => {
    v[INTEREST_OFFSET + i] = score;
  });
  profile.values?.forEach((score, i) => {
    v[VALUE_OFFSET + i] = score;
  });
  return v;
}
