import type { ProfileResolution } from '../app/profile/index.js';

/**
 * What the typed names were read as, said before the results: the current job (with how sure
 * and which other occupations list the same title) and every skill not typed as its O*NET name.
 */
export function formatResolution(resolved: ProfileResolution | undefined): string[] {
  if (!resolved) return [];
  const lines: string[] = [];
  const job = resolved.currentOccupation;
  if (job && job.how === 'title') {
    const sure = job.confidence === 'exact' ? 'exact match' : 'close match: check it';
    lines.push(
      `Current job: "${job.input}" read as ${job.title} (${job.code}), ${sure}; ${job.why}.`,
    );
    if (job.alsoListedFor.length > 0) {
      const others = job.alsoListedFor.map((o) => `${o.title} (${o.code})`).join(', ');
      lines.push(
        `  O*NET lists that title for ${others} too; give the code with --current to choose one.`,
      );
    }
  }
  const renamed = resolved.skills.filter((s) => s.how === 'everyday word');
  if (renamed.length > 0) {
    lines.push(`Skills read as: ${renamed.map((s) => `"${s.input}" → ${s.name}`).join(', ')}.`);
  }
  return lines.length > 0 ? [...lines, ''] : [];
}
