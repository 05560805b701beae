import {
  RIASEC,
  RIASEC_LETTERS,
  SKILLS,
  wageLowerBoundUsd,
  type Occupation,
  type OnetCode,
  type RiasecLetter,
} from '../domain/index.js';
import { toPopulationStats, type PopulationStats } from './population-stats.js';
import { toTechnologyVector, type TechnologyVector } from './technology-index.js';
import { sumOfSquares, toCentred } from './vector-math.js';
import { toZScores } from './z-scores.js';
import { INTEREST_OFFSET, PROFILE_DIMENSIONS, VALUE_OFFSET } from './vector-layout.js';

/** Everything about one rateable occupation that scoring needs, computed once per catalog. */
export interface CareerProfile {
  readonly code: OnetCode;
  /** Index of the occupation in the catalog's occupation list. */
  readonly catalogIndex: number;
  /** True when O*NET has not rated the occupation and its profile is estimated. */
  readonly profileEstimated: boolean;
  /** Career vector in [0, 1]: skill level / 7, (OI − 1) / 6, (EX − 1) / 6. */
  readonly vector: Float64Array;
  /**
   * Emphasis: each skill's importance, each interest's and each value's score as a z-score
   * against all rateable occupations (clipped to ±3). What sets this job apart from others.
   */
  readonly emphasis: Float64Array;
  /** Ability importance as z-scores against all occupations (empty when O*NET has none). */
  readonly abilityZ: Float64Array;
  /** Work style impact as z-scores against all occupations (empty when O*NET has none). */
  readonly workStyleZ: Float64Array;
  /** Skill levels on the LV scale (0–7), SKILLS order. */
  readonly skillLevels: Float64Array;
  /** Skill importance on the IM scale (1–5), SKILLS order. */
  readonly skillImportance: Float64Array;
  /** Indices of the five most important skills (ties by SKILLS order). */
  readonly topSkills: readonly number[];
  /** RIASEC high-point letters (O*NET IH), or the top two OI letters when IH is missing. */
  readonly highPoints: readonly RiasecLetter[];
  /** Index of the highest work value, or −1 when O*NET has no work values. */
  readonly topValue: number;
  readonly jobZone: number | null;
  /** Median annual wage, or its lower bound when top-coded; null when unknown. */
  readonly medianWageUsd: number | null;
  readonly growthPercent: number | null;
  readonly annualOpeningsThousands: number | null;
  readonly brightOutlook: boolean;
  /** Share of this occupation's skill ratings that O*NET flags Recommend Suppress. */
  readonly suppressedShare: number;
  /** Σ vector² (the profile cosine's norm on the career's side). */
  readonly vectorNormSq: number;
  /** The RIASEC part of `vector` centred on its mean, and Σ of its squares. */
  readonly interestCentred: Float64Array;
  readonly interestSumSq: number;
  /** The work-value part of `vector` centred on its mean, and Σ of its squares. */
  readonly valueCentred: Float64Array;
  readonly valueSumSq: number;
  /** Σ emphasis² over the skills, Σ abilityZ², Σ workStyleZ² (norms of the inferred cosines). */
  readonly skillEmphasisNormSq: number;
  readonly abilityNormSq: number;
  readonly workStyleNormSq: number;
  /** Skill levels centred on their mean over all skills, and Σ of their squares. */
  readonly levelCentred: Float64Array;
  readonly levelSumSq: number;
  /** Bit i set when RIASEC letter i is among the high points. */
  readonly highPointMask: number;
  /** The occupation's Technology Skills examples (IDF-weighted unit vector; empty without any). */
  readonly technology: TechnologyVector;
}

const clip3 = (x: number) => (x < -3 ? -3 : x > 3 ? 3 : x);

function topIndices(values: ArrayLike<number>, k: number): number[] {
  return Array.from({ length: values.length }, (_, i) => i)
    .sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0) || a - b)
    .slice(0, k);
}

/** Builds the scoring view of one occupation; returns null when it has no skill ratings. */
export function toCareerProfile(
  occupation: Occupation,
  catalogIndex: number,
  population: PopulationStats,
): CareerProfile | null {
  const skills = occupation.skills;
  if (!occupation.rateable || skills === null) return null;
  const vector = new Float64Array(PROFILE_DIMENSIONS);
  const emphasis = new Float64Array(PROFILE_DIMENSIONS);
  const skillLevels = Float64Array.from(skills, (r) => r.level);
  const skillImportance = Float64Array.from(skills, (r) => r.importance);
  skills.forEach((r, i) => {
    vector[i] = r.level / 7;
  });
  const z = (i: number, x: number) =>
    clip3((x - population.emphasisMean[i]!) / population.emphasisSd[i]!);
  skillImportance.forEach((x, i) => {
    emphasis[i] = z(i, x);
  });
  const interests = occupation.interests?.scores ?? null;
  if (interests) {
    interests.forEach((s, i) => {
      vector[INTEREST_OFFSET + i] = (s - 1) / 6;
    });
    interests.forEach((x, i) => {
      emphasis[INTEREST_OFFSET + i] = z(INTEREST_OFFSET + i, (x - 1) / 6);
    });
  }
  const values = occupation.workValues?.scores ?? null;
  if (values) {
    values.forEach((s, i) => {
      vector[VALUE_OFFSET + i] = (s - 1) / 6;
    });
    values.forEach((x, i) => {
      emphasis[VALUE_OFFSET + i] = z(VALUE_OFFSET + i, (x - 1) / 6);
    });
  }
  const highPoints =
    occupation.interests && occupation.interests.highPoints.length > 0
      ? occupation.interests.highPoints
      : interests
        ? topIndices(interests, 2).map((i) => RIASEC[i]!.letter)
        : [];
  const abilityZ = occupation.abilities
    ? toZScores(
        occupation.abilities.map((r) => r.importance),
        population.abilityMean,
        population.abilitySd,
      )
    : new Float64Array(0);
  const workStyleZ = occupation.workStyles
    ? toZScores(occupation.workStyles.impact, population.workStyleMean, population.workStyleSd)
    : new Float64Array(0);
  const interestCentred = toCentred(vector.subarray(INTEREST_OFFSET, INTEREST_OFFSET + 6));
  const valueCentred = toCentred(vector.subarray(VALUE_OFFSET, VALUE_OFFSET + 6));
  const levelCentred = toCentred(skillLevels);
  return {
    code: occupation.code,
    catalogIndex,
    profileEstimated: occupation.profileEstimate !== undefined,
    vector,
    emphasis,
    abilityZ,
    workStyleZ,
    skillLevels,
    skillImportance,
    topSkills: topIndices(skillImportance, 5),
    highPoints,
    topValue: values ? (topIndices(values, 1)[0] ?? -1) : -1,
    jobZone: occupation.jobZone,
    medianWageUsd: occupation.wages ? wageLowerBoundUsd(occupation.wages.medianAnnualUsd) : null,
    growthPercent: occupation.outlook?.changePercent ?? null,
    annualOpeningsThousands: occupation.outlook?.annualOpeningsThousands ?? null,
    brightOutlook: occupation.outlook?.brightOutlook ?? false,
    suppressedShare: skills.filter((r) => r.suppressed).length / SKILLS.length,
    vectorNormSq: sumOfSquares(vector),
    interestCentred,
    interestSumSq: sumOfSquares(interestCentred),
    valueCentred,
    valueSumSq: sumOfSquares(valueCentred),
    skillEmphasisNormSq: sumOfSquares(emphasis.subarray(0, SKILLS.length)),
    abilityNormSq: sumOfSquares(abilityZ),
    workStyleNormSq: sumOfSquares(workStyleZ),
    levelCentred,
    levelSumSq: sumOfSquares(levelCentred),
    highPointMask: highPoints.reduce((m, l) => m | (1 << RIASEC_LETTERS.indexOf(l)), 0),
    technology: toTechnologyVector(population.technology, occupation.technologies),
  };
}

/** The scoring views of a catalog's rateable occupations and the population they define. */
export interface CareerSet {
  readonly careers: readonly CareerProfile[];
  readonly population: PopulationStats;
}

/**
 * Scoring views of every rateable occupation with the population statistics: the O*NET-rated
 * ones in catalog order, then the estimated ones in catalog order, so the rated careers keep the
 * same indices in a set without the estimated ones (training and the benchmark use that set).
 */
export function toCareerSet(occupations: readonly Occupation[]): CareerSet {
  const population = toPopulationStats(occupations);
  const all = occupations.flatMap((o, i) => {
    const p = toCareerProfile(o, i, population);
    return p ? [p] : [];
  });
  const careers = [
    ...all.filter((c) => !c.profileEstimated),
    ...all.filter((c) => c.profileEstimated),
  ];
  return { careers, population };
}
