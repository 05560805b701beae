import { SKILLS, toSkillRating } from '../domain/index.js';
import type { CareerProfile, UserContext } from '../features/index.js';
import { NEEDED_IMPORTANCE, knownSkillLevel } from '../ranking/index.js';
import type { Factor } from './explanation-schema.js';

/**
 * Whether skill k is a strength of the person for this career: they stated it (or their current
 * job gives it to them), the job uses it (importance ≥ 3), and it needs it at or near their level:
 * not at a higher step of the skill scale, not one O*NET level or more above theirs, and at most
 * one step below. A skill named without a level is taken at the person's word.
 */
export function isStrength(user: UserContext, career: CareerProfile, k: number): boolean {
  if (user.profile.skillLevels[k] == null) return false;
  if (career.skillImportance[k]! < NEEDED_IMPORTANCE) return false;
  const known = knownSkillLevel(user, k);
  if (known === null) return true;
  const required = career.skillLevels[k]!;
  const needed = toSkillRating(required);
  const yours = toSkillRating(known);
  return required - known < 1 && needed <= yours && yours - needed <= 1;
}

/** The strengths among the skill factors that help this match, largest first. */
export function toStrengths(
  factors: readonly Factor[],
  user: UserContext,
  career: CareerProfile,
): string[] {
  return factors
    .filter((f) => f.kind === 'skill' && f.contribution > 0)
    .map((f) => f.label)
    .filter((name) =>
      isStrength(
        user,
        career,
        SKILLS.findIndex((s) => s.name === name),
      ),
    );
}
