import {
  RIASEC,
  RIASEC_LETTERS,
  SKILLS,
  type RiasecLetter,
  type UserProfile,
} from '../domain/index.js';
import type { PopulationStats } from './population-stats.js';
import { EMPTY_TECHNOLOGY, type TechnologyVector } from './technology-index.js';
import { toUserVector } from './user-vector.js';
import { nonZeroIndices, sumOfSquares, toCentred } from './vector-math.js';
import { toZScores } from './z-scores.js';
import { INTEREST_OFFSET, PROFILE_DIMENSIONS, VALUE_OFFSET } from './vector-layout.js';

/** The per-request view of a person used to build pair features, computed once per request. */
export interface UserContext {
  readonly profile: UserProfile;
  /** Profile vector in [0, 1] (see toUserVector). */
  readonly vector: Float64Array;
  /**
   * The person's strengths on the same footing as a career's emphasis: a skill named without a
   * level counts +1 (one standard deviation above the typical occupation), a skill with a level
   * its z-score against occupations' levels, an unstated skill 0 (no evidence either way);
   * interests and values are centred on the person's own mean.
   */
  readonly strength: Float64Array;
  /** Known skill levels (NaN where unknown) as a dense list for correlations: indices and levels. */
  readonly knownIndices: readonly number[];
  readonly population: PopulationStats;
  /** z-scored skill importance, ability importance and work-style impact of the occupation the
   * profile was inferred from (empty arrays when not inferred). */
  readonly inferredSkillZ: Float64Array;
  readonly inferredAbilityZ: Float64Array;
  readonly inferredWorkStyleZ: Float64Array;
  /** SOC minor and major group of the current occupation, or null. */
  readonly currentMinorGroup: string | null;
  readonly currentMajorGroup: string | null;
  /** Skill levels 0–7 where the person gave or we inferred a level; NaN elsewhere. */
  readonly knownLevels: Float64Array;
  /** Which skills the person stated or we inferred (1) or not (0). */
  readonly stated: Uint8Array;
  readonly statedCount: number;
  /** Up to three interest letters, strongest first. */
  readonly topInterests: readonly RiasecLetter[];
  /** Index of the strongest work value, or −1. */
  readonly topValue: number;
  readonly minSalaryUsd: number | null;
  /** Job Zone the person compares against: their current one, else their stated maximum. */
  readonly referenceJobZone: number | null;
  /** Indices where `vector` is non-zero, ascending: dot products with it skip the rest. */
  readonly vectorNonZero: readonly number[];
  /** Σ vector² (the profile cosine's norm on the person's side). */
  readonly vectorNormSq: number;
  /** Skill indices with non-zero strength, ascending, and Σ |strength| over all skills. */
  readonly strengthSkills: readonly number[];
  readonly strengthAbsSum: number;
  /** Interests centred on their mean and Σ of their squares (empty and 0 without interests). */
  readonly interestCentred: Float64Array;
  readonly interestSumSq: number;
  /** Work values centred on their mean and Σ of their squares (empty and 0 without values). */
  readonly valueCentred: Float64Array;
  readonly valueSumSq: number;
  /** Known levels (knownIndices order) centred on their mean, and Σ of their squares. */
  readonly knownCentred: Float64Array;
  readonly knownSumSq: number;
  /** Σ z² of inferredSkillZ, inferredAbilityZ and inferredWorkStyleZ. */
  readonly inferredSkillNormSq: number;
  readonly inferredAbilityNormSq: number;
  readonly inferredWorkStyleNormSq: number;
  /** RIASEC indices of topInterests, in the same order. */
  readonly topInterestIndices: readonly number[];
  /**
   * Technology Skills examples of the occupation the profile was inferred from (the tools a
   * person in that job uses), as in the population's index; empty when not inferred.
   */
  readonly inferredTechnology: TechnologyVector;
}

function strongestLetters(scores: readonly number[] | null, order: readonly RiasecLetter[]) {
  if (order.length > 0) return order.slice(0, 3);
  if (!scores) return [];
  return RIASEC.map((a, i) => ({ letter: a.letter, s: scores[i] ?? 0 }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s)
    .slice(0, 3)
    .map((x) => x.letter);
}

const EMPTY = new Float64Array(0);

/** Writes `scores` minus their mean (summed in index order) into out[offset …]. */
function centerInto(scores: readonly number[] | null, out: Float64Array, offset: number): void {
  if (!scores) return;
  let mean = 0;
  for (let i = 0; i < scores.length; i++) mean += scores[i]!;
  mean /= scores.length;
  for (let i = 0; i < scores.length; i++) out[offset + i] = scores[i]! - mean;
}

/** Index of the highest work value (the first on ties), or −1 when none is above 0. */
function strongestValue(values: readonly number[] | null): number {
  let topValue = -1;
  let best = 0;
  if (values)
    for (let i = 0; i < values.length; i++)
      if (values[i]! > best) {
        best = values[i]!;
        topValue = i;
      }
  return topValue;
}

/** Builds the per-request user context from a resolved profile. */
export function toUserContext(profile: UserProfile, population: PopulationStats): UserContext {
  const knownLevels = new Float64Array(SKILLS.length).fill(Number.NaN);
  const stated = new Uint8Array(SKILLS.length);
  const strength = new Float64Array(PROFILE_DIMENSIONS);
  const knownIndices: number[] = [];
  const strengthSkills: number[] = [];
  let statedCount = 0;
  let strengthAbsSum = 0;
  for (let k = 0; k < SKILLS.length; k++) {
    const level = profile.skillLevels[k] ?? null;
    if (level === null) continue;
    stated[k] = 1;
    statedCount++;
    if (profile.skillSources[k] === 'stated-default') strength[k] = 1;
    else {
      knownLevels[k] = level;
      knownIndices.push(k);
      const z = (level - population.levelMean[k]!) / population.levelSd[k]!;
      strength[k] = z < -3 ? -3 : z > 3 ? 3 : z;
    }
    if (strength[k] !== 0) {
      strengthSkills.push(k);
      strengthAbsSum += Math.abs(strength[k]!);
    }
  }
  const inferred = profile.inferred ?? null;
  centerInto(profile.interests, strength, INTEREST_OFFSET);
  centerInto(profile.values, strength, VALUE_OFFSET);
  const vector = toUserVector(profile);
  const inferredSkillZ = inferred
    ? toZScores(inferred.skillImportance, population.emphasisMean, population.emphasisSd)
    : EMPTY;
  const inferredAbilityZ = inferred?.abilityImportance
    ? toZScores(inferred.abilityImportance, population.abilityMean, population.abilitySd)
    : EMPTY;
  const inferredWorkStyleZ = inferred?.workStyleImpact
    ? toZScores(inferred.workStyleImpact, population.workStyleMean, population.workStyleSd)
    : EMPTY;
  const topInterests = strongestLetters(profile.interests, profile.interestOrder);
  const knownCentred = toCentred(knownIndices.map((k) => knownLevels[k]!));
  // The centred interests and values are the strength's (centerInto, same sums).
  const interestCentred = profile.interests
    ? strength.subarray(INTEREST_OFFSET, INTEREST_OFFSET + profile.interests.length)
    : EMPTY;
  const valueCentred = profile.values
    ? strength.subarray(VALUE_OFFSET, VALUE_OFFSET + profile.values.length)
    : EMPTY;
  return {
    profile,
    vector,
    strength,
    knownIndices,
    population,
    inferredSkillZ,
    inferredAbilityZ,
    inferredWorkStyleZ,
    currentMinorGroup: profile.currentOccupation?.slice(0, 5) ?? inferred?.code.slice(0, 5) ?? null,
    currentMajorGroup: profile.currentOccupation?.slice(0, 2) ?? inferred?.code.slice(0, 2) ?? null,
    knownLevels,
    stated,
    statedCount,
    topInterests,
    topValue: strongestValue(profile.values),
    minSalaryUsd: profile.constraints.minSalaryUsd ?? null,
    referenceJobZone: profile.currentJobZone ?? profile.constraints.maxJobZone ?? null,
    vectorNonZero: nonZeroIndices(vector, vector.length),
    vectorNormSq: sumOfSquares(vector),
    strengthSkills,
    strengthAbsSum,
    interestCentred,
    interestSumSq: sumOfSquares(interestCentred),
    valueCentred,
    valueSumSq: sumOfSquares(valueCentred),
    knownCentred,
    knownSumSq: sumOfSquares(knownCentred),
    inferredSkillNormSq: sumOfSquares(inferredSkillZ),
    inferredAbilityNormSq: sumOfSquares(inferredAbilityZ),
    inferredWorkStyleNormSq: sumOfSquares(inferredWorkStyleZ),
    topInterestIndices: topInterests.map((l) => RIASEC_LETTERS.indexOf(l)),
    inferredTechnology: inferred
      ? (population.technology.byCode.get(inferred.code) ?? EMPTY_TECHNOLOGY)
      : EMPTY_TECHNOLOGY,
  };
}
