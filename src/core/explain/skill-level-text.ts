import { formatSkillRating, skillRatingLabel } from '../domain/index.js';
import type { SkillGap } from '../ranking/index.js';
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
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`;
}
