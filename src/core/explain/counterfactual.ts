import { SKILL_RATINGS, SKILLS, toSkillRating, type UserProfile } from '../domain/index.js';
import { toUserContext, type CareerProfile, type UserContext } from '../features/index.js';
import { toMatchPercent, type Scorer, type SkillGap, type SkillToCheck } from '../ranking/index.js';
import type { Counterfactual } from './explanation-schema.js';

/** Rounds a score in [0, 1] to the displayed whole percent. */
export const toPercent = (score: number) => Math.round(score * 100);

/** The person's profile with one skill raised to `level`. */
export function withSkillLevel(
  profile: UserProfile,
  skillIndex: number,
  level: number,
): UserProfile {
  const skillLevels = [...profile.skillLevels];
  const skillSources = [...profile.skillSources];
  skillLevels[skillIndex] = level;
  skillSources[skillIndex] = 'stated';
  return { ...profile, skillLevels, skillSources };
}

/**
 * The person's context with one skill raised, kept per original context: the recommendations of
 * one request share their raised profiles, so a scorer that memoizes per context (the query
 * expansion) ranks each raised profile once, not once per career.
 */
const raisedContexts = new WeakMap<UserContext, Map<number, UserContext>>();

function raisedContext(user: UserContext, skillIndex: number, level: number): UserContext {
  let raised = raisedContexts.get(user);
  if (!raised) raisedContexts.set(user, (raised = new Map()));
  const key = skillIndex * 8 + level;
  let context = raised.get(key);
  if (!context) {
    context = toUserContext(withSkillLevel(user.profile, skillIndex, level), user.population);
    raised.set(key, context);
  }
  return context;
}

/**
 * For each of the skill gaps (and skills to check, which have no level of the person's), re-scores
 * the pair with that skill at the step of the skill scale the career needs (the words the gap is
 * shown in, so the sentence is what typing that step would give) and keeps the (at most `limit`)
 * changes that raise the displayed percentage most.
 */
export function counterfactuals(
  scorer: Scorer,
  user: UserContext,
  career: CareerProfile,
  gaps: readonly (SkillGap | SkillToCheck)[],
  limit = 2,
): Counterfactual[] {
  const from = scorer.scoreOne(user, career);
  return gaps
    .map((gap) => {
      const k = SKILLS.findIndex((s) => s.id === gap.skillId);
      const toRating = toSkillRating(gap.requiredLevel);
      const toLevel = SKILL_RATINGS[toRating - 1]!.onetLevel;
      const raised = raisedContext(user, k, toLevel);
      const to = scorer.scoreOne(raised, career);
      const fromLevel = 'currentLevel' in gap ? gap.currentLevel : null;
      return {
        skill: gap.skill,
        fromLevel,
        toLevel,
        fromRating: fromLevel === null ? null : toSkillRating(fromLevel),
        toRating,
        fromPercent: toMatchPercent(scorer, user, from),
        toPercent: toMatchPercent(scorer, raised, to),
      };
    })
    .filter((c) => c.toPercent > c.fromPercent)
    .sort((a, b) => b.toPercent - a.toPercent || a.skill.localeCompare(b.skill))
    .slice(0, limit);
}
