import { toMajorGroup, type Constraints, type OnetCode } from '../domain/index.js';
import type { CareerProfile } from '../features/index.js';

/** Why an occupation was filtered out, for "n hidden by your constraints" summaries. */
export const EXCLUSION_REASONS = [
  'salary',
  'job-zone',
  'field',
  'excluded',
  'outlook',
  'current-occupation',
] as const;

/** One of EXCLUSION_REASONS. */
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

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
  if (constraints.avoidSocMajorGroups?.includes(toMajorGroup(career.code))) return 'field';
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

/** Which careers a profile's constraints allow (`mask[i]` 1) and how many each reason removed. */
export interface Eligibility {
  readonly mask: Uint8Array;
  readonly excluded: Readonly<Partial<Record<ExclusionReason, number>>>;
}

const eligibilityMemo = new WeakMap<
  readonly CareerProfile[],
  WeakMap<Constraints, Map<OnetCode | null, Eligibility>>
>();

/** How many distinct constraint sets (with the current job) are kept per careers list. */
const MAX_KEPT_BY_VALUE = 256;
const byValueMemo = new WeakMap<readonly CareerProfile[], Map<string, Eligibility>>();

/**
 * `checkConstraints` over a list of careers. Profiles are immutable, so the answer is kept per
 * careers list, constraints object and current occupation: the query expansion, the final
 * ranking and the re-scored variants of one request's profile share it. It is also kept by the
 * constraints' value (the most recent few hundred sets): people ask with a handful of salary
 * floors, Job Zones and fields, and each request brings a new constraints object.
 */
export function eligibilityOf(
  careers: readonly CareerProfile[],
  profile: { readonly constraints: Constraints; readonly currentOccupation: OnetCode | null },
): Eligibility {
  let byConstraints = eligibilityMemo.get(careers);
  if (!byConstraints) eligibilityMemo.set(careers, (byConstraints = new WeakMap()));
  let byCurrent = byConstraints.get(profile.constraints);
  if (!byCurrent) byConstraints.set(profile.constraints, (byCurrent = new Map()));
  let eligibility = byCurrent.get(profile.currentOccupation);
  if (eligibility) return eligibility;
  let byValue = byValueMemo.get(careers);
  if (!byValue) byValueMemo.set(careers, (byValue = new Map()));
  const key = `${profile.currentOccupation}|${JSON.stringify(profile.constraints)}`;
  eligibility = byValue.get(key);
  if (eligibility) byValue.delete(key);
  else {
    eligibility = checkAll(careers, profile.constraints, profile.currentOccupation);
    if (byValue.size >= MAX_KEPT_BY_VALUE) byValue.delete(byValue.keys().next().value!);
  }
  byValue.set(key, eligibility);
  byCurrent.set(profile.currentOccupation, eligibility);
  return eligibility;
}

function checkAll(
  careers: readonly CareerProfile[],
  constraints: Constraints,
  currentOccupation: OnetCode | null,
): Eligibility {
  const mask = new Uint8Array(careers.length);
  const excluded: Partial<Record<ExclusionReason, number>> = {};
  for (let i = 0; i < careers.length; i++) {
    const reason = checkConstraints(careers[i]!, constraints, currentOccupation);
    if (reason === null) mask[i] = 1;
    else excluded[reason] = (excluded[reason] ?? 0) + 1;
  }
  return { mask, excluded };
}
