import {
  DEFAULT_STATED_SKILL_LEVEL,
  RIASEC,
  SKILLS,
  WORK_VALUES,
  type RiasecLetter,
  type SkillLevelSource,
  type UserProfile,
} from '../domain/index.js';
import { INTEREST_OFFSET, VALUE_OFFSET, type CareerProfile } from '../features/index.js';
import type { Rng } from '../random/index.js';

/** The letter opposite on Holland's hexagon (R–S, I–E, A–C): the least congruent interest. */
export const OPPOSITE_LETTER: Readonly<Record<RiasecLetter, RiasecLetter>> = {
  R: 'S',
  I: 'E',
  A: 'C',
  S: 'R',
  E: 'I',
  C: 'A',
};

/** Options for how a synthetic person reports themselves. */
export interface SelfReportOptions {
  /** Probability that a named skill is swapped for a random other skill. */
  readonly skillNoise: number;
  /** Probability that the person also rates their skills (1–5) rather than only naming them. */
  readonly rateProbability: number;
  /** Replace the person's interest letters by these (wrong-interest pairs). */
  readonly overrideInterests?: readonly RiasecLetter[];
}

/** Rank-order scores for letters or values named in order: 1, 0.8, 0.6. */
const rankScores = (count: number, order: readonly number[]) => {
  const scores = new Array<number>(count).fill(0);
  order.forEach((idx, rank) => (scores[idx] = Math.max(0.2, 1 - 0.2 * rank)));
  return scores;
};

function topByScore(values: ArrayLike<number>, k: number): number[] {
  return Array.from({ length: values.length }, (_, i) => i)
    .sort((a, b) => values[b]! - values[a]! || a - b)
    .slice(0, k);
}

/**
 * A person who works as `source`, describing themselves the way people do: a handful (3–8) of
 * their most important skills (sometimes swapped for another, sometimes with a 1–5 rating),
 * one to three interest letters (occasionally out of order) and one to three work values.
 */
export function toSelfReport(
  source: CareerProfile,
  rng: Rng,
  options: SelfReportOptions,
): UserProfile {
  const skillCount = 3 + rng.int(6);
  const ranked = topByScore(source.skillImportance, skillCount + 3);
  const chosen = new Set<number>();
  for (const k of ranked) {
    if (chosen.size >= skillCount) break;
    if (rng.next() < 0.25) continue; // people forget some of their strengths
    chosen.add(rng.next() < options.skillNoise ? rng.int(SKILLS.length) : k);
  }
  if (chosen.size === 0) chosen.add(ranked[0]!);
  const rates = rng.next() < options.rateProbability;
  const skillLevels: (number | null)[] = new Array(SKILLS.length).fill(null);
  const skillSources: (SkillLevelSource | null)[] = new Array(SKILLS.length).fill(null);
  for (const k of chosen) {
    if (rates) {
      const rating = Math.round(
        Math.min(5, Math.max(1, (source.skillLevels[k]! - 1) / 1.5 + 1 + rng.normal(0, 0.7))),
      );
      skillLevels[k] = 1 + (rating - 1) * 1.5;
      skillSources[k] = 'stated';
    } else {
      skillLevels[k] = DEFAULT_STATED_SKILL_LEVEL;
      skillSources[k] = 'stated-default';
    }
  }

  const interestCount = 1 + rng.int(3);
  const oi = source.vector.subarray(INTEREST_OFFSET, INTEREST_OFFSET + 6);
  let letters = topByScore(oi, interestCount);
  if (letters.length > 1 && rng.next() < 0.2)
    letters = [letters[1]!, letters[0]!, ...letters.slice(2)];
  if (options.overrideInterests) {
    letters = options.overrideInterests.map((l) => RIASEC.findIndex((a) => a.letter === l));
  }
  const valueCount = 1 + rng.int(3);
  const ex = source.vector.subarray(VALUE_OFFSET, VALUE_OFFSET + 6);
  const hasValues = ex.some((x) => x > 0);
  const values = hasValues ? topByScore(ex, valueCount) : [];

  return {
    skillLevels,
    skillSources,
    interests: rankScores(6, letters),
    interestOrder: letters.map((i) => RIASEC[i]!.letter),
    values: values.length > 0 ? rankScores(6, values) : null,
    valueOrder: values.map((i) => WORK_VALUES[i]!.name),
    constraints: {},
    currentOccupation: null,
    currentJobZone: null,
  };
}
