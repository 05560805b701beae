import type { Occupation } from './occupation.js';
import { SKILLS } from './skills.js';
import type { SkillLevelSource, UserProfile } from './user-profile.js';

/**
 * What a person who works in `occupation` can be assumed to bring: its O*NET skill levels,
 * RIASEC and work-value profile (rescaled to 0–1) and its Job Zone. This is how the product
 * reads a current job title, and the "full profile" query of the evaluation.
 */
export function inferProfileFromOccupation(occupation: Occupation): UserProfile {
  const skills = occupation.skills;
  return {
    skillLevels: skills ? skills.map((r) => r.level) : new Array(SKILLS.length).fill(null),
    skillSources: new Array<SkillLevelSource | null>(SKILLS.length).fill(
      skills ? 'inferred' : null,
    ),
    interests: occupation.interests?.scores.map((x) => (x - 1) / 6) ?? null,
    interestOrder: occupation.interests?.highPoints ?? [],
    values: occupation.workValues?.scores.map((x) => (x - 1) / 6) ?? null,
    valueOrder: occupation.workValues?.highPoints ?? [],
    constraints: {},
    currentOccupation: occupation.code,
    currentJobZone: occupation.jobZone,
    inferred: skills
      ? {
          code: occupation.code,
          skillImportance: skills.map((r) => r.importance),
          abilityImportance: occupation.abilities?.map((r) => r.importance) ?? null,
          workStyleImpact: occupation.workStyles?.impact ?? null,
        }
      : null,
  };
}
