import { SKILLS } from '../domain/index.js';
import type { CareerProfile } from './career-profile.js';
import { technologySimilarity } from './technology-index.js';
import { FEATURE_COUNT } from './feature-registry.js';
import { PROFILE_DIMENSIONS } from './vector-layout.js';
import type { UserContext } from './user-context.js';
import { cosineOf, dot, sparseDot } from './vector-math.js';

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
  const pair: [number, number] = [0, 0];
  writeShortfallSurplus(user, career, pair, 0);
  return pair;
}

/** Writes skillShortfallSurplus into out[at] and out[at + 1] (no array per pair). */
function writeShortfallSurplus(
  user: UserContext,
  career: CareerProfile,
  out: { [i: number]: number },
  at: number,
): void {
  const idx = user.knownIndices;
  let shortfall = 0;
  let surplus = 0;
  let weight = 0;
  for (let t = 0; t < idx.length; t++) {
    const k = idx[t]!;
    const imp = career.skillImportance[k]!;
    const diff = career.skillLevels[k]! - user.knownLevels[k]!;
    if (diff > 0) shortfall += imp * diff;
    else surplus -= imp * diff;
    weight += imp;
  }
  out[at] = weight === 0 ? 0 : shortfall / weight / 7;
  out[at + 1] = weight === 0 ? 0 : surplus / weight / 7;
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
    out[2 * d + i] = user.strength[i]! * career.emphasis[i]!;
  }
  writeContextFeatures(user, career, out, 3 * d);
  return out;
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

/** Index of the first context feature in the pair vector. */
export const CONTEXT_START = 3 * PROFILE_DIMENSIONS;

/**
 * Writes the context features (CONTEXT_FEATURES order) into `out` starting at `start`.
 * Everything that depends on one side only (norms, centred vectors, index lists, the high-point
 * mask) is precomputed in the UserContext and the CareerProfile, so per pair only short sums
 * remain; the numbers are those of the plain definitions (see pair-features.property.test.ts).
 */
export function writeContextFeatures(
  user: UserContext,
  career: CareerProfile,
  out: Float64Array,
  start: number,
): void {
  let j = start;
  out[j++] = skillsStatedFeature(user);
  out[j++] = salaryFit(user.minSalaryUsd, career.medianWageUsd);
  const zoneKnown = user.referenceJobZone !== null && career.jobZone !== null;
  const zoneDelta = zoneKnown ? career.jobZone! - user.referenceJobZone! : 0;
  out[j++] = Math.max(0, zoneDelta) / 4;
  out[j++] = Math.max(0, -zoneDelta) / 4;
  out[j++] = growthFeature(career);
  out[j++] = career.brightOutlook ? 1 : 0;
  out[j++] = openingsFeature(career);
  const first = user.topInterests[0];
  out[j++] = first !== undefined && career.highPoints[0] === first ? 1 : 0;
  out[j++] = interestCodeOverlap(user, career);
  let covered = 0;
  for (const k of career.topSkills) covered += user.stated[k]!;
  out[j++] = covered / career.topSkills.length;
  out[j++] = user.topValue >= 0 && user.topValue === career.topValue ? 1 : 0;
  writeShortfallSurplus(user, career, out, j);
  j += 2;
  out[j++] = skillAlignment(user, career);
  out[j++] = skillLevelCorrelation(user, career);
  out[j++] = user.profile.interests
    ? cosineOf(
        dot(user.interestCentred, career.interestCentred),
        user.interestSumSq,
        career.interestSumSq,
      )
    : 0;
  out[j++] = user.profile.values
    ? cosineOf(dot(user.valueCentred, career.valueCentred), user.valueSumSq, career.valueSumSq)
    : 0;
  out[j++] = cosineOf(
    sparseDot(user.vectorNonZero, user.vector, career.vector),
    user.vectorNormSq,
    career.vectorNormSq,
  );
  out[j++] = zoneKnown ? Math.abs(zoneDelta) / 4 : 0;
  out[j++] = inferredSimilarity(
    user.inferredSkillZ,
    user.inferredSkillNormSq,
    career.emphasis,
    career.skillEmphasisNormSq,
  );
  out[j++] =
    career.abilityZ.length === user.inferredAbilityZ.length
      ? inferredSimilarity(
          user.inferredAbilityZ,
          user.inferredAbilityNormSq,
          career.abilityZ,
          career.abilityNormSq,
        )
      : 0;
  out[j++] =
    career.workStyleZ.length === user.inferredWorkStyleZ.length
      ? inferredSimilarity(
          user.inferredWorkStyleZ,
          user.inferredWorkStyleNormSq,
          career.workStyleZ,
          career.workStyleNormSq,
        )
      : 0;
  out[j++] =
    user.currentMinorGroup !== null && career.code.startsWith(user.currentMinorGroup) ? 1 : 0;
  out[j++] =
    user.currentMajorGroup !== null && career.code.startsWith(user.currentMajorGroup) ? 1 : 0;
  out[j] = technologySimilarity(user.inferredTechnology, career.technology);
}

/** Share of the career's high points among the person's top interest letters (0 without any). */
function interestCodeOverlap(user: UserContext, career: CareerProfile): number {
  if (career.highPoints.length === 0) return 0;
  let overlap = 0;
  for (const i of user.topInterestIndices) overlap += (career.highPointMask >> i) & 1;
  return overlap / career.highPoints.length;
}

/** Cosine of an inferred z-vector with the career's first `z.length` z-scores (0 when empty). */
function inferredSimilarity(
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
