import type { Recommendation } from '../app/recommend/index.js';

/** The mark beside a figure that is a broader occupation's or a BLS group's. */
export const BORROWED_MARK = '*';

/** True when the wage or the outlook of a recommendation is not the occupation's own. */
export const hasBorrowedFigures = (r: Recommendation) =>
  r.wageBorrowedFrom !== null || (r.outlook?.borrowedFrom ?? null) !== null;

/**
 * The lines under the table that say whose figures each starred row shows, and how a salary
 * floor treats them; empty when every figure is the occupation's own.
 */
export function formatFigureNotes(
  items: readonly Recommendation[],
  minSalaryUsd: number | undefined,
): string[] {
  const borrowed = items.filter(hasBorrowedFigures);
  if (borrowed.length === 0) return [];
  const lines = borrowed.map((r) => {
    const from = r.wageBorrowedFrom ?? r.outlook!.borrowedFrom!;
    const whose =
      from.kind === 'broader-occupation'
        ? `the broader occupation ${from.title} (SOC ${from.socCode})`
        : `the BLS group ${from.title} (SOC ${from.socCode})`;
    return `${BORROWED_MARK} ${r.title}: BLS publishes no figures for this job alone; pay and outlook are for ${whose}.`;
  });
  if (minSalaryUsd !== undefined && minSalaryUsd > 0) {
    const floor = `$${Math.round(minSalaryUsd).toLocaleString('en-US')}`;
    lines.push(
      `${BORROWED_MARK} Your salary floor (${floor}) is checked against those figures: ${borrowed.length === 1 ? 'this job passes' : `these ${borrowed.length} jobs pass`} it on the broader figure, and the job's own pay may be lower.`,
    );
  }
  return lines;
}
