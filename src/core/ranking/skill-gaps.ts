import { SKILLS } from '../domain/index.js';
import type { CareerProfile, UserContext } from '../features/index.js';

/** A skill the career needs above what the person has (or has not said). */
export interface SkillGap {
  readonly skillId: string;
  readonly skill: string;
  /** Level the career needs (O*NET LV scale, 0–7). */
  readonly requiredLevel: number;
  /** The person's level, or null when they did not state the skill. */
  readonly currentLevel: number | null;
  /** Importance of the skill for the career (IM, 1–5). */
  readonly importance: number;
  /** requiredLevel − currentLevel (or requiredLevel when not stated). */
  readonly gap: number;
}

/** Importance (IM) at or above which a skill counts as one the career needs. */
export const NEEDED_IMPORTANCE = 3;

/**
 * Skills the career rates important (IM ≥ 3) where the person's known level is below the
 * required one, or which the person did not state; biggest importance × gap first.
 */
export function skillGaps(user: UserContext, career: CareerProfile, limit = 5): SkillGap[] {
  const gaps: SkillGap[] = [];
  for (let k = 0; k < SKILLS.length; k++) {
    const importance = career.skillImportance[k]!;
    const required = career.skillLevels[k]!;
    if (importance < NEEDED_IMPORTANCE) continue;
    const level = user.profile.skillLevels[k] ?? null;
    const known = user.profile.skillSources[k] === 'stated-default' ? null : level;
    if (level !== null && known === null) continue; // named without a level: we take their word
    const gap = required - (known ?? 0);
    if (known !== null && gap <= 0.25) continue;
    gaps.push({
      skillId: SKILLS[k]!.id,
      skill: SKILLS[k]!.name,
      requiredLevel: required,
      currentLevel: known,
      importance,
      gap: known === null ? required : gap,
    });
  }
  return gaps
    .sort((a, b) => b.importance * b.gap - a.importance * a.gap || a.skill.localeCompare(b.skill))
    .slice(0, limit);
}
