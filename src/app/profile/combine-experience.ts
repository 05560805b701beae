import {
  inferProfileFromOccupation,
  RIASEC,
  WORK_VALUES,
  type Occupation,
  type UserProfile,
} from '../../core/domain/index.js';

/** One past job, resolved: the occupation and how many years. */
export interface ResolvedJob {
  readonly occupation: Occupation;
  readonly years: number;
}

/** Each earlier job counts this much less than the one after it (most recent first). */
export const EXPERIENCE_RECENCY = 0.7;

/** The weight of the k-th job (0 = most recent): its years (at least half a year) × recency^k. */
export const experienceWeight = (years: number, k: number) =>
  Math.max(0.5, years) * EXPERIENCE_RECENCY ** k;

const order = (scores: readonly number[], names: readonly string[]) =>
  names
    .map((n, i) => ({ n, s: scores[i]! }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s)
    .map((x) => x.n);

function weightedMean(
  parts: readonly { w: number; v: readonly number[] | null | undefined }[],
): number[] | null {
  const have = parts.filter((p) => p.v != null);
  if (have.length === 0) return null;
  const total = have.reduce((s, p) => s + p.w, 0);
  return have[0]!.v!.map((_, i) => have.reduce((s, p) => s + p.w * p.v![i]!, 0) / total);
}

/**
 * The profile several past jobs imply (most recent first): each job's O*NET profile weighted by
 * its years and how recent it is (×0.7 per step back); the first job is the current occupation.
 * Jobs O*NET has no ratings for add nothing but can still be the current occupation.
 */
export function combineExperience(jobs: readonly ResolvedJob[]): UserProfile {
  const profiles = jobs.map((j, k) => ({
    w: experienceWeight(j.years, k),
    p: inferProfileFromOccupation(j.occupation),
  }));
  const first = profiles[0]!.p;
  const rated = profiles.filter((x) => x.p.inferred);
  if (rated.length === 0) return first;
  const skillLevels = weightedMean(
    rated.map((x) => ({ w: x.w, v: x.p.skillLevels as readonly number[] })),
  )!;
  const interests = weightedMean(profiles.map((x) => ({ w: x.w, v: x.p.interests })));
  const values = weightedMean(profiles.map((x) => ({ w: x.w, v: x.p.values })));
  const inferred = rated.map((x) => ({ w: x.w, i: x.p.inferred! }));
  return {
    ...first,
    skillLevels,
    skillSources: skillLevels.map(() => 'inferred'),
    interests,
    interestOrder: interests
      ? (order(
          interests,
          RIASEC.map((a) => a.letter),
        ).slice(0, 3) as UserProfile['interestOrder'])
      : [],
    values,
    valueOrder: values
      ? order(
          values,
          WORK_VALUES.map((v) => v.name),
        ).slice(0, 3)
      : [],
    inferred: {
      code: first.inferred?.code ?? inferred[0]!.i.code,
      skillImportance: weightedMean(inferred.map((x) => ({ w: x.w, v: x.i.skillImportance })))!,
      abilityImportance: weightedMean(inferred.map((x) => ({ w: x.w, v: x.i.abilityImportance }))),
      workStyleImpact: weightedMean(inferred.map((x) => ({ w: x.w, v: x.i.workStyleImpact }))),
    },
  };
}
