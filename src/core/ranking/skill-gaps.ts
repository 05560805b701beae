import { z } from 'zod';
import { SKILLS, skillRatingSchema, toSkillRating } from '../domain/index.js';
import type { CareerProfile, UserContext } from '../features/index.js';

/** A skill the career needs above the level the person stated (or their current job gives them). */
export const skillGapSchema = z
  .object({
    skillId: z.string(),
    skill: z.string(),
    requiredLevel: z
      .number()
      .describe('Level the career needs, raw O*NET LV scale (0–7), for machines.'),
    currentLevel: z
      .number()
      .nullable()
      .describe('The person’s raw O*NET level (0–7), stated or from their current job.'),
    requiredRating: skillRatingSchema.describe(
      'Level the career needs on the skill scale people read (1 basic … 5 expert).',
    ),
    currentRating: skillRatingSchema
      .nullable()
      .describe('The person’s level on the 1–5 skill scale, stated or from their current job.'),
    importance: z.number().describe('Importance for the career (IM, 1–5).'),
    gap: z.number(),
  })
  .meta({ id: 'SkillGap' });

/** A skill the career needs above the person's level (see skillGapSchema); gap = required − current. */
export type SkillGap = z.infer<typeof skillGapSchema>;

/**
 * A skill the career needs that the person did not mention: not a gap (not stating a skill is not
 * lacking it), but worth checking whether they have it at the level the job needs.
 */
export const skillToCheckSchema = z
  .object({
    skillId: z.string(),
    skill: z.string(),
    requiredLevel: z.number().describe('Level the career needs, raw O*NET LV scale (0–7).'),
    requiredRating: skillRatingSchema.describe('Level the career needs on the 1–5 skill scale.'),
    importance: z.number().describe('Importance for the career (IM, 1–5).'),
  })
  .meta({ id: 'SkillToCheck' });

/** A needed skill the person did not mention (see skillToCheckSchema). */
export type SkillToCheck = z.infer<typeof skillToCheckSchema>;

/** Importance (IM) at or above which a skill counts as one the career needs. */
export const NEEDED_IMPORTANCE = 3;

/** Each skill's position in name order (localeCompare), to break ties without comparing strings. */
const NAME_RANK: readonly number[] = (() => {
  const rank = new Array<number>(SKILLS.length);
  [...SKILLS.keys()]
    .sort((a, b) => SKILLS[a]!.name.localeCompare(SKILLS[b]!.name))
    .forEach((k, r) => (rank[k] = r));
  return rank;
})();

/** A skill being considered: its index and sort key. */
interface Candidate {
  readonly k: number;
  readonly key: number;
}

/** Whether skill k with sort key `key` goes before `other`: bigger key, or the same and by name. */
function goesBefore(k: number, key: number, other: Candidate): boolean {
  return key > other.key || (key === other.key && NAME_RANK[k]! < NAME_RANK[other.k]!);
}

/** The `limit` skills with the biggest keys (ties by name), biggest first; null keys are left out. */
function topSkills(limit: number, keyOf: (k: number) => number | null): number[] {
  const top: Candidate[] = [];
  for (let k = 0; k < SKILLS.length; k++) {
    const key = keyOf(k);
    if (key === null) continue;
    if (top.length === limit && !(limit > 0 && goesBefore(k, key, top[limit - 1]!))) continue;
    let pos = top.length;
    if (pos < limit) top.push({ k, key });
    else pos = limit - 1;
    while (pos > 0 && goesBefore(k, key, top[pos - 1]!)) {
      top[pos] = top[pos - 1]!;
      pos--;
    }
    top[pos] = { k, key };
  }
  return top.map((c) => c.k);
}

/**
 * The person's level of skill k when they gave one or their current job's profile gives one;
 * null when they did not mention the skill or named it without a level.
 */
export function knownSkillLevel(user: UserContext, k: number): number | null {
  const level = user.profile.skillLevels[k] ?? null;
  return user.profile.skillSources[k] === 'stated-default' ? null : level;
}

/**
 * Skills the career rates important (IM ≥ 3) where the person's known level (stated, or from their
 * current job) is a lower step of the skill scale than the required one (a gap people cannot see
 * in words is not one to name); biggest importance × gap first (ties by name). A skill the person
 * did not mention is not a gap (see skillsToCheck), nor one named without a level (we take their
 * word). Only the `limit` biggest become SkillGap objects.
 */
export function skillGaps(user: UserContext, career: CareerProfile, limit = 5): SkillGap[] {
  const keyOf = (k: number) => {
    const importance = career.skillImportance[k]!;
    const known = knownSkillLevel(user, k);
    if (importance < NEEDED_IMPORTANCE || known === null) return null;
    const required = career.skillLevels[k]!;
    return toSkillRating(required) <= toSkillRating(known) ? null : importance * (required - known);
  };
  return topSkills(limit, keyOf).map((k) => {
    const required = career.skillLevels[k]!;
    const known = knownSkillLevel(user, k)!;
    return {
      skillId: SKILLS[k]!.id,
      skill: SKILLS[k]!.name,
      requiredLevel: required,
      currentLevel: known,
      requiredRating: toSkillRating(required),
      currentRating: toSkillRating(known),
      importance: career.skillImportance[k]!,
      gap: required - known,
    };
  });
}

/**
 * Skills the career rates important (IM ≥ 3) that the person did not mention at all: worth
 * checking, biggest importance × required level first (ties by name), at most `limit`.
 */
export function skillsToCheck(user: UserContext, career: CareerProfile, limit = 5): SkillToCheck[] {
  const keyOf = (k: number) => {
    const importance = career.skillImportance[k]!;
    if (importance < NEEDED_IMPORTANCE || user.profile.skillLevels[k] != null) return null;
    return importance * career.skillLevels[k]!;
  };
  return topSkills(limit, keyOf).map((k) => ({
    skillId: SKILLS[k]!.id,
    skill: SKILLS[k]!.name,
    requiredLevel: career.skillLevels[k]!,
    requiredRating: toSkillRating(career.skillLevels[k]!),
    importance: career.skillImportance[k]!,
  }));
}
