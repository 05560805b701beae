import { SKILLS } from '../domain/index.js';
import type { CareerProfile } from './career-profile.js';
import { FEATURE_COUNT } from './feature-registry.js';
import { PROFILE_DIMENSIONS } from './vector-layout.js';
import type { UserContext } from './user-context.js';

const clip = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

/** Salary fit: log2(median / floor) clipped to [−1, 1]; 0 without a floor or a known wage. */
export function salaryFit(floorUsd: number | null, medianUsd: number | null): number {
  if (floorUsd === null || floorUsd <= 0 || medianUsd === null) return 0;
  return clip(Math.log2(medianUsd / floorUsd), -1, 1);
}

/**
 * Importance-weighted shortfall and surplus of the person's known skill levels against the
 * career's levels, on the 0–1 scale (level points / 7). Skills without a known level are left out.
 */
export function skillShortfallSurplus(user: UserContext, career: CareerProfile): [number, number] {
  let shortfall = 0;
  let surplus = 0;
  let weight = 0;
  for (let k = 0; k < SKILLS.length; k++) {
    const mine = user.knownLevels[k]!;
    if (Number.isNaN(mine)) continue;
    const imp = career.skillImportance[k]!;
    const diff = career.skillLevels[k]! - mine;
    if (diff > 0) shortfall += imp * diff;
    else surplus -= imp * diff;
    weight += imp;
  }
  return weight === 0 ? [0, 0] : [shortfall / weight / 7, surplus / weight / 7];
}

/** Fills `out` (or a new array) with the FEATURE_COUNT pair features, in FEATURES order. */
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
    out[2 * d + i] = u[i]! * career.emphasis[i]!;
  }
  writeContextFeatures(user, career, out, 3 * d);
  return out;
}

/** Index of the first context feature in the pair vector. */
export const CONTEXT_START = 3 * PROFILE_DIMENSIONS;

/** Writes the 13 context features (CONTEXT_FEATURES order) into `out` starting at `start`. */
export function writeContextFeatures(
  user: UserContext,
  career: CareerProfile,
  out: Float64Array,
  start: number,
): void {
  let j = start;
  out[j++] = user.statedCount / SKILLS.length;
  out[j++] = salaryFit(user.minSalaryUsd, career.medianWageUsd);
  const zoneDelta =
    user.referenceJobZone !== null && career.jobZone !== null
      ? career.jobZone - user.referenceJobZone
      : 0;
  out[j++] = Math.max(0, zoneDelta) / 4;
  out[j++] = Math.max(0, -zoneDelta) / 4;
  out[j++] = career.growthPercent === null ? 0 : clip(career.growthPercent / 20, -1, 1);
  out[j++] = career.brightOutlook ? 1 : 0;
  out[j++] =
    career.annualOpeningsThousands === null
      ? 0
      : Math.log10(1 + Math.max(0, career.annualOpeningsThousands)) / 2;
  const first = user.topInterests[0];
  out[j++] = first !== undefined && career.highPoints[0] === first ? 1 : 0;
  let overlap = 0;
  for (const letter of user.topInterests) if (career.highPoints.includes(letter)) overlap++;
  out[j++] = career.highPoints.length === 0 ? 0 : overlap / career.highPoints.length;
  let covered = 0;
  for (const k of career.topSkills) covered += user.stated[k]!;
  out[j++] = covered / career.topSkills.length;
  out[j++] = user.topValue >= 0 && user.topValue === career.topValue ? 1 : 0;
  const [shortfall, surplus] = skillShortfallSurplus(user, career);
  out[j++] = shortfall;
  out[j] = surplus;
}
