import type { Recommendation } from '../app/recommend/index.js';

/** Marks an occupation whose outlook holds it back (shrinking or small) in the table. */
export const OUTLOOK_CONCERN_MARK = '▼';

/**
 * The notes under the table: each shrinking or small occupation's outlook, and each
 * occupation's pay against the current job's median (when there is a current job).
 */
export function formatAdviserNotes(items: readonly Recommendation[]): string[] {
  const lines: string[] = [];
  const concerns = items.filter((r) => r.outlookConcern);
  if (concerns.length > 0) {
    lines.push('', `${OUTLOOK_CONCERN_MARK} Outlook:`);
    for (const r of concerns) lines.push(`   ${r.rank}. ${r.title}: ${r.outlookConcern!.note}.`);
  }
  const pays = items.filter((r) => r.payAgainstCurrentJob);
  if (pays.length > 0) {
    const first = pays[0]!.payAgainstCurrentJob!;
    lines.push(
      '',
      `Pay against your current job (${first.currentTitle}, median $${Math.round(first.currentMedianUsd).toLocaleString('en-US')}):`,
    );
    for (const r of pays) lines.push(`   ${r.rank}. ${r.title}: ${r.payAgainstCurrentJob!.text}.`);
  }
  return lines;
}
