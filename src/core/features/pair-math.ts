import { SKILLS } from '../domain/index.js';
import type { CareerProfile } from './career-profile.js';
import type { UserContext } from './user-context.js';
import { cosineOf, dot, sparseDot } from './vector-math.js';

/** x clipped to [lo, hi]. */
export const clip = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

/** Salary fit: log2(median / floor) clipped to [−1, 1]; 0 without a floor or a known wage. */
export function salaryFit(floorUsd: number | null, medianUsd: number | null): number {
  if (floorUsd === null || floorUsd <= 0 || medianUsd === null) return 0;
  return clip(Math.log2(medianUsd / floorUsd), -1, 1);
}

/**
 * Importance-weighted shortfall (or, with `shortfall` false, surplus) of the person's known skill
 * levels against the career's levels, on the 0–1 scale (level points / 7). Skills without a
 * known level are left out.
 */
function skillGapSum(user: UserContext, career: CareerProfile, shortfall: boolean): number {
  const idx = user.knownIndices;
  let sum = 0;
  let weight = 0;
  for (let t = 0; t < idx.length; t++) {
    const k = idx[t]!;
    const imp = career.skillImportance[k]!;
    const diff = career.skillLevels[k]! - user.knownLevels[k]!;
    if (diff > 0) {
      if (shortfall) sum += imp * diff;
    } else if (!shortfall) sum -= imp * diff;
    weight += imp;
  }
  return weight === 0 ? 0 : sum / weight / 7;
}

/** Importance-weighted shortfall of the person's known skill levels (see skillShortfallSurplus). */
export const skillShortfall = (user: UserContext, career: CareerProfile) =>
  skillGapSum(user, career, true);

/** Importance-weighted surplus of the person's known skill levels (see skillShortfallSurplus). */
export const skillSurplus = (user: UserContext, career: CareerProfile) =>
  skillGapSum(user, career, false);

/**
 * Importance-weighted shortfall and surplus of the person's known skill levels against the
 * career's levels, on the 0–1 scale (level points / 7). Skills without a known level are left out.
 */
export function skillShortfallSurplus(user: UserContext, career: CareerProfile): [number, number] {
  return [skillShortfall(user, career), skillSurplus(user, career)];
}

/** The person-only context feature: the share of the 35 skills they stated. */
export function skillsStatedFeature(user: UserContext): number {
  return user.statedCount / SKILLS.length;
}

/** A career-only context feature: projected growth / 20 %, clipped to [−1, 1] (0 when unknown). */
export function growthFeature(career: CareerProfile): number {
  return career.growthPercent === null ? 0 : clip(career.growthPercent / 20, -1, 1);
}

/** A career-only context feature: log₁₀(1 + annual openings in thousands) / 2 (0 when unknown). */
export function openingsFeature(career: CareerProfile): number {
  return career.annualOpeningsThousands === null
    ? 0
    : Math.log10(1 + Math.max(0, career.annualOpeningsThousands)) / 2;
}

/** Career Job Zone − the person's reference Job Zone, or null when either is unknown. */
export function jobZoneDelta(user: UserContext, career: CareerProfile): number | null {
  return user.referenceJobZone !== null && career.jobZone !== null
    ? career.jobZone - user.referenceJobZone
    : null;
}

/** Share of the career's high points among the person's top interest letters (0 without any). */
export function interestCodeOverlap(user: UserContext, career: CareerProfile): number {
  if (career.highPoints.length === 0) return 0;
  let overlap = 0;
  for (const i of user.topInterestIndices) overlap += (career.highPointMask >> i) & 1;
  return overlap / career.highPoints.length;
}

/** Share of the career's top skills the person stated. */
export function topSkillCoverage(user: UserContext, career: CareerProfile): number {
  let covered = 0;
  for (const k of career.topSkills) covered += user.stated[k]!;
  return covered / career.topSkills.length;
}

/** Cosine of an inferred z-vector with the career's first `z.length` z-scores (0 when empty). */
export function inferredSimilarity(
  z: Float64Array,
  zNormSq: number,
  careerZ: Float64Array,
  careerNormSq: number,
): number {
  if (z.length === 0) return 0;
  let d = 0;
  for (let i = 0; i < z.length; i++) d += z[i]! * careerZ[i]!;
  return cosineOf(d, zNormSq, careerNormSq);
}

/** Mean emphasis of the career on the person's strengths: Σ sₖ·eₖ / Σ |sₖ| over skills. */
export function skillAlignment(user: UserContext, career: CareerProfile): number {
  const den = user.strengthAbsSum;
  return den === 0 ? 0 : sparseDot(user.strengthSkills, user.strength, career.emphasis) / den;
}

/** Minimum number of known skill levels before their correlation with a career's means anything. */
export const MIN_LEVELS_FOR_CORRELATION = 8;

/** Pearson correlation of the person's known skill levels with the career's, or 0 with too few. */
export function skillLevelCorrelation(user: UserContext, career: CareerProfile): number {
  const idx = user.knownIndices;
  const n = idx.length;
  if (n < MIN_LEVELS_FOR_CORRELATION) return 0;
  const a = user.knownCentred;
  // Every level known: the career side is centred once per career.
  if (n === SKILLS.length)
    return cosineOf(dot(a, career.levelCentred), user.knownSumSq, career.levelSumSq);
  let mc = 0;
  for (let t = 0; t < n; t++) mc += career.skillLevels[idx[t]!]!;
  mc /= n;
  let suc = 0;
  let scc = 0;
  for (let t = 0; t < n; t++) {
    const b = career.skillLevels[idx[t]!]! - mc;
    suc += a[t]! * b;
    scc += b * b;
  }
  return cosineOf(suc, user.knownSumSq, scc);
}
