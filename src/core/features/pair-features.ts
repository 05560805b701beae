import { SKILLS } from '../domain/index.js';
import type { CareerProfile } from './career-profile.js';
import { FEATURE_COUNT } from './feature-registry.js';
import { INTEREST_OFFSET, PROFILE_DIMENSIONS, VALUE_OFFSET } from './vector-layout.js';
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
    out[2 * d + i] = user.strength[i]! * career.emphasis[i]!;
  }
  writeContextFeatures(user, career, out, 3 * d);
  return out;
}

/** Index of the first context feature in the pair vector. */
export const CONTEXT_START = 3 * PROFILE_DIMENSIONS;

/** Writes the context features (CONTEXT_FEATURES order) into `out` starting at `start`. */
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
  out[j++] = surplus;
  out[j++] = skillAlignment(user, career);
  out[j++] = skillLevelCorrelation(user, career);
  out[j++] = user.profile.interests
    ? pearson(user.profile.interests, career.vector, INTEREST_OFFSET, 6)
    : 0;
  out[j++] = user.profile.values ? pearson(user.profile.values, career.vector, VALUE_OFFSET, 6) : 0;
  out[j++] = cosine(user.vector, career.vector);
  out[j++] =
    user.referenceJobZone !== null && career.jobZone !== null
      ? Math.abs(career.jobZone - user.referenceJobZone) / 4
      : 0;
  out[j++] =
    user.inferredSkillZ.length > 0
      ? cosine(user.inferredSkillZ, career.emphasis.subarray(0, SKILLS.length))
      : 0;
  out[j++] =
    user.inferredAbilityZ.length > 0 && career.abilityZ.length === user.inferredAbilityZ.length
      ? cosine(user.inferredAbilityZ, career.abilityZ)
      : 0;
  out[j++] =
    user.inferredWorkStyleZ.length > 0 &&
    career.workStyleZ.length === user.inferredWorkStyleZ.length
      ? cosine(user.inferredWorkStyleZ, career.workStyleZ)
      : 0;
  out[j++] =
    user.currentMinorGroup !== null && career.code.startsWith(user.currentMinorGroup) ? 1 : 0;
  out[j] =
    user.currentMajorGroup !== null && career.code.startsWith(user.currentMajorGroup) ? 1 : 0;
}

/** Mean emphasis of the career on the person's strengths: Σ sₖ·eₖ / Σ |sₖ| over skills. */
export function skillAlignment(user: UserContext, career: CareerProfile): number {
  let num = 0;
  let den = 0;
  for (let k = 0; k < SKILLS.length; k++) {
    const s = user.strength[k]!;
    if (s === 0) continue;
    num += s * career.emphasis[k]!;
    den += Math.abs(s);
  }
  return den === 0 ? 0 : num / den;
}

/** Minimum number of known skill levels before their correlation with a career's means anything. */
export const MIN_LEVELS_FOR_CORRELATION = 8;

/** Pearson correlation of the person's known skill levels with the career's, or 0 with too few. */
export function skillLevelCorrelation(user: UserContext, career: CareerProfile): number {
  const idx = user.knownIndices;
  if (idx.length < MIN_LEVELS_FOR_CORRELATION) return 0;
  let mu = 0;
  let mc = 0;
  for (const k of idx) {
    mu += user.knownLevels[k]!;
    mc += career.skillLevels[k]!;
  }
  mu /= idx.length;
  mc /= idx.length;
  let suc = 0;
  let suu = 0;
  let scc = 0;
  for (const k of idx) {
    const a = user.knownLevels[k]! - mu;
    const b = career.skillLevels[k]! - mc;
    suc += a * b;
    suu += a * a;
    scc += b * b;
  }
  return suu === 0 || scc === 0 ? 0 : suc / Math.sqrt(suu * scc);
}

/** Pearson correlation of `a` with `b[offset .. offset + n)` (0 when either is constant). */
function pearson(a: readonly number[], b: Float64Array, offset: number, n: number): number {
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[offset + i]!;
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const x = a[i]! - ma;
    const y = b[offset + i]! - mb;
    sab += x * y;
    saa += x * x;
    sbb += y * y;
  }
  return saa === 0 || sbb === 0 ? 0 : sab / Math.sqrt(saa * sbb);
}

/** Cosine similarity of two vectors; 0 when either is all zeros. */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
