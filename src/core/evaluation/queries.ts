import {
  DEFAULT_STATED_SKILL_LEVEL,
  RIASEC,
  SKILLS,
  WORK_VALUES,
  inferProfileFromOccupation,
  type Occupation,
  type SkillLevelSource,
  type UserProfile,
} from '../domain/index.js';
import type { Rng } from '../random/index.js';

/** The three ways the benchmark asks for recommendations on behalf of an occupation. */
export const QUERY_KINDS = ['full', 'sparse', 'noisy'] as const;

/** A kind of benchmark query. */
export type QueryKind = (typeof QUERY_KINDS)[number];

const order = (values: readonly number[]) =>
  values
    .map((v, i) => ({ v, i }))
    .sort((a, b) => b.v - a.v || a.i - b.i)
    .map((x) => x.i);

function sparse(
  occupation: Occupation,
  skills: readonly number[],
  letters: readonly number[],
  values: readonly number[],
): UserProfile {
  const skillLevels: (number | null)[] = new Array(SKILLS.length).fill(null);
  const skillSources: (SkillLevelSource | null)[] = new Array(SKILLS.length).fill(null);
  for (const k of skills) {
    skillLevels[k] = DEFAULT_STATED_SKILL_LEVEL;
    skillSources[k] = 'stated-default';
  }
  const rankScores = (idx: readonly number[]) => {
    const s = new Array<number>(6).fill(0);
    idx.forEach((i, r) => (s[i] = 1 - 0.2 * r));
    return s;
  };
  return {
    skillLevels,
    skillSources,
    interests: letters.length > 0 ? rankScores(letters) : null,
    interestOrder: letters.map((i) => RIASEC[i]!.letter),
    values: values.length > 0 ? rankScores(values) : null,
    valueOrder: values.map((i) => WORK_VALUES[i]!.name),
    constraints: {},
    currentOccupation: null,
    currentJobZone: null,
  };
}

/**
 * What a person in `occupation` would type: its top 5 skills by importance (no levels), top 2
 * RIASEC letters and top 2 work values.
 */
export function sparseQuery(occupation: Occupation): UserProfile {
  const skills = order(occupation.skills?.map((r) => r.importance) ?? []).slice(0, 5);
  const letters = occupation.interests ? order(occupation.interests.scores).slice(0, 2) : [];
  const values = occupation.workValues ? order(occupation.workValues.scores).slice(0, 2) : [];
  return sparse(occupation, skills, letters, values);
}

/**
 * The sparse query with noise: two of the five skills swapped for neighbours (skills ranked
 * 6–10 by importance) and, half the time, the two interest letters in the other order.
 */
export function noisyQuery(occupation: Occupation, rng: Rng): UserProfile {
  const ranked = order(occupation.skills?.map((r) => r.importance) ?? []);
  const skills = ranked.slice(0, 5);
  const neighbours = rng.shuffle(ranked.slice(5, 10));
  for (const pos of rng.sample([0, 1, 2, 3, 4], 2)) skills[pos] = neighbours.pop() ?? skills[pos]!;
  let letters = occupation.interests ? order(occupation.interests.scores).slice(0, 2) : [];
  if (letters.length === 2 && rng.next() < 0.5) letters = [letters[1]!, letters[0]!];
  const values = occupation.workValues ? order(occupation.workValues.scores).slice(0, 2) : [];
  return sparse(occupation, skills, letters, values);
}

/** The benchmark query of a kind for one occupation (`rng` is only used by `noisy`). */
export function toQuery(kind: QueryKind, occupation: Occupation, rng: Rng): UserProfile {
  if (kind === 'full')
    return { ...inferProfileFromOccupation(occupation), currentOccupation: null };
  return kind === 'sparse' ? sparseQuery(occupation) : noisyQuery(occupation, rng);
}
