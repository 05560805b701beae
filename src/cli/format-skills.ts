import type { Recommendation } from '../app/recommend/index.js';
import { skillGapsText, skillsToCheckText } from '../core/explain/index.js';

/**
 * Under the table: per recommendation, the skills to build (stated, or from the current job, below
 * the level the job needs) apart from those worth checking (needed but not mentioned: not
 * stating a skill is not lacking it). Nothing when no recommendation has either.
 */
export function formatSkillLines(items: readonly Recommendation[]): string[] {
  const rows = items.flatMap((r) => {
    const parts = [
      r.skillGaps.length > 0 ? `build ${skillGapsText(r.skillGaps.slice(0, 3))}` : null,
      r.skillsToCheck.length > 0
        ? `worth checking (not mentioned): ${skillsToCheckText(r.skillsToCheck.slice(0, 3))}`
        : null,
    ].filter((p): p is string => p !== null);
    return parts.length > 0 ? [`${String(r.rank).padStart(2)}  ${parts.join('; ')}`] : [];
  });
  return rows.length > 0 ? ['', 'Skills:', ...rows] : [];
}
