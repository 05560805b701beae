import { z } from 'zod';
import { SKILLS, skillRatingSchema, toSkillRating } from '../domain/index.js';
import type { CareerProfile, UserContext } from '../features/index.js';

/** A skill the career needs above what the person has (or has not said). */
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
      .describe('The person’s raw O*NET level (0–7); null when not stated.'),
    requiredRating: skillRatingSchema.describe(
      'Level the career needs on the skill scale people read (1 basic … 5 expert).',
    ),
    currentRating: skillRatingSchema
      .nullable()
      .describe('The person’s level on the skill scale; null when not stated.'),
    importance: z.number().describe('Importance for the career (IM, 1–5).'),
    gap: z.number(),
  })
  .meta({ id: 'SkillGap' });

/** A skill the career needs above the person's level (see skillGapSchema); gap = required − current. */
export type SkillGap = z.infer<typeof skillGapSchema>;

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

/** A gap being considered: skill index, importance × gap, the person's known level. */
interface Candidate {
  readonly k: number;
  readonly key: number;
  readonly known: number | null;
}

/** Whether skill k with sort key `key` goes before `other`: bigger key, or the same and by name. */
function goesBefore(k: number, key: number, other: Candidate): boolean {
  return key > other.key || (key === other.key && NAME_RANK[k]! < NAME_RANK[other.k]!);
}

/**
 * Skills the career rates important (IM ≥ 3) where the person's known level is a lower step of the
 * skill scale than the required one (a gap people cannot see in words is not one to name), or
 * which the person did not state; biggest importance × gap first (ties by name).
 * Only the `limit` biggest become SkillGap objects.
 */
export function skillGaps(user: UserContext, career: CareerProfile, limit = 5): SkillGap[] {
  const top: Candidate[] = [];
  for (let k = 0; k < SKILLS.length; k++) {
    const importance = career.skillImportance[k]!;
    if (importance < NEEDED_IMPORTANCE) continue;
    const level = user.profile.skillLevels[k] ?? null;
    const known = user.profile.skillSources[k] === 'stated-default' ? null : level;
    if (level !== null && known === null) continue; // named without a level: we take their word
    const required = career.skillLevels[k]!;
    const gap = required - (known ?? 0);
    if (known !== null && toSkillRating(required) <= toSkillRating(known)) continue;
    const key = importance * (known === null ? required : gap);
    if (top.length === limit && !(limit > 0 && goesBefore(k, key, top[limit - 1]!))) continue;
    let pos = top.length;
    if (pos < limit) top.push({ k, key, known });
    else pos = limit - 1;
    while (pos > 0 && goesBefore(k, key, top[pos - 1]!)) {
      top[pos] = top[pos - 1]!;
      pos--;
    }
    top[pos] = { k, key, known };
  }
  return top.map(({ k, known }) => {
    const required = career.skillLevels[k]!;
    return {
      skillId: SKILLS[k]!.id,
      skill: SKILLS[k]!.name,
      requiredLevel: required,
      currentLevel: known,
      requiredRating: toSkillRating(required),
      currentRating: known === null ? null : toSkillRating(known),
      importance: career.skillImportance[k]!,
      gap: known === null ? required : required - known,
    };
  });
}
