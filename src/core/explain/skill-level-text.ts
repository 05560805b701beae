import { formatSkillRating, skillRatingLabel } from '../domain/index.js';
import type { SkillGap, SkillToCheck } from '../ranking/index.js';
import { listText } from './figures-text.js';

/**
 * Skill gaps in the words of the skill scale, skills with the same start and target together:
 * "Science and Reading Comprehension to advanced (4 of 5), and Troubleshooting from developing
 * to proficient (3 of 5)". Never an O*NET decimal: people read the same scale they type.
 */
export function skillGapsText(gaps: readonly SkillGap[]): string {
  const groups = new Map<string, { gap: SkillGap; skills: string[] }>();
  for (const g of gaps) {
    const key = `${g.currentRating}:${g.requiredRating}`;
    const group = groups.get(key);
    if (group) group.skills.push(g.skill);
    else groups.set(key, { gap: g, skills: [g.skill] });
  }
  const parts = [...groups.values()].map(({ gap, skills }) =>
    gap.currentRating === null
      ? `${listText(skills)} to ${formatSkillRating(gap.requiredRating)}`
      : `${listText(skills)} from ${skillRatingLabel(gap.currentRating)} to ${formatSkillRating(gap.requiredRating)}`,
  );
  return joinGroups(parts);
}

/** Groups that may contain "and" themselves: "G1, G2, and G3". */
const joinGroups = (parts: readonly string[]) =>
  parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`;

/**
 * Needed skills the person did not mention, with the level the job needs, those of the same
 * level together: "Reading Comprehension and Speaking at advanced (4 of 5), and Mathematics at
 * proficient (3 of 5)".
 */
export function skillsToCheckText(skills: readonly SkillToCheck[]): string {
  const groups = new Map<SkillToCheck['requiredRating'], string[]>();
  for (const s of skills)
    groups.set(s.requiredRating, [...(groups.get(s.requiredRating) ?? []), s.skill]);
  return joinGroups(
    [...groups.entries()].map(
      ([rating, names]) => `${listText(names)} at ${formatSkillRating(rating)}`,
    ),
  );
}
