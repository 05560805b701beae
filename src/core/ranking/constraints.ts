import { toMajorGroup, type Constraints, type OnetCode } from '../domain/index.js';
import type { CareerProfile } from '../features/index.js';

/** Why an occupation was filtered out, for "n hidden by your constraints" summaries. */
export type ExclusionReason =
  'salary' | 'job-zone' | 'field' | 'excluded' | 'outlook' | 'current-occupation';

/**
 * Applies the person's hard constraints to one career; returns null when it passes.
 * An unknown wage fails a salary floor: we cannot promise what BLS does not publish.
 */
export function checkConstraints(
  career: CareerProfile,
  constraints: Constraints,
  currentOccupation: OnetCode | null,
): ExclusionReason | null {
  if (currentOccupation !== null && career.code === currentOccupation) return 'current-occupation';
  if (constraints.excludeCodes?.includes(career.code)) return 'excluded';
  if (
    constraints.socMajorGroups &&
    constraints.socMajorGroups.length > 0 &&
    !constraints.socMajorGroups.includes(toMajorGroup(career.code))
  ) {
    return 'field';
  }
  if (constraints.minSalaryUsd !== undefined && constraints.minSalaryUsd > 0) {
    if (career.medianWageUsd === null || career.medianWageUsd < constraints.minSalaryUsd)
      return 'salary';
  }
  if (constraints.maxJobZone !== undefined && (career.jobZone ?? 0) > constraints.maxJobZone) {
    return 'job-zone';
  }
  if (constraints.brightOutlookOnly && !career.brightOutlook) return 'outlook';
  return null;
}
