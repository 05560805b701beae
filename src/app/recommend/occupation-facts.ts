import {
  borrowedFiguresOf,
  formatWage,
  toOutlookConcern,
  type Occupation,
} from '../../core/domain/index.js';
import { estimatedProfileText } from '../../core/explain/index.js';
import type { CareerProfile } from '../../core/features/index.js';
import type { Recommendation } from './recommendation.js';

/** The parts of a recommendation that depend only on the occupation, not on the person. */
export type OccupationFacts = Pick<
  Recommendation,
  | 'code'
  | 'title'
  | 'medianAnnualWageUsd'
  | 'medianAnnualWage'
  | 'wageText'
  | 'wagePercentiles'
  | 'wageInheritedFromSoc'
  | 'wageBorrowedFrom'
  | 'outlook'
  | 'outlookConcern'
  | 'typicalEducation'
  | 'jobZone'
  | 'interestCodes'
  | 'profileEstimated'
  | 'profileEstimateText'
>;

/**
 * A value and every object in it frozen: facts shared by every answer that names the occupation
 * cannot be changed by one of them (and the HTTP layer writes a deeply frozen value's JSON once).
 */
function deepFreeze<T extends object>(value: T): T {
  for (const item of Object.values(value) as unknown[])
    if (typeof item === 'object' && item !== null) deepFreeze(item);
  return Object.freeze(value);
}

/**
 * Wages, outlook, education and interest codes of one occupation, as a recommendation shows them
 * (deeply frozen, see deepFreeze).
 */
export function toOccupationFacts(career: CareerProfile, occupation: Occupation): OccupationFacts {
  const wages = occupation.wages;
  const borrowed = borrowedFiguresOf(occupation);
  return Object.freeze({
    code: occupation.code,
    title: occupation.title,
    medianAnnualWageUsd: career.medianWageUsd,
    medianAnnualWage: wages?.medianAnnualUsd ?? null,
    wageText: wages ? formatWage(wages.medianAnnualUsd) : 'not available',
    wagePercentiles: wages
      ? deepFreeze({
          p10: wages.pct10AnnualUsd,
          p25: wages.pct25AnnualUsd,
          p75: wages.pct75AnnualUsd,
          p90: wages.pct90AnnualUsd,
        })
      : null,
    wageInheritedFromSoc: wages?.inheritedFromSoc ?? false,
    wageBorrowedFrom: borrowed.wages ? deepFreeze(borrowed.wages) : null,
    outlook: occupation.outlook
      ? deepFreeze({
          brightOutlook: occupation.outlook.brightOutlook,
          changePercent: occupation.outlook.changePercent,
          annualOpeningsThousands: occupation.outlook.annualOpeningsThousands,
          reason: occupation.outlook.brightOutlookReason,
          borrowedFrom: borrowed.outlook,
        })
      : null,
    outlookConcern: occupation.outlook
      ? toOutlookConcern(
          occupation.outlook.changePercent,
          occupation.outlook.annualOpeningsThousands,
          borrowed.outlook?.title ?? null,
        )
      : null,
    typicalEducation:
      occupation.outlook?.typicalEntryEducation ?? occupation.education?.typicalLabel ?? null,
    jobZone: occupation.jobZone,
    interestCodes: career.highPoints,
    profileEstimated: occupation.profileEstimate !== undefined,
    profileEstimateText: estimatedProfileText(
      occupation.profileEstimate?.from.slice(0, 3).map((d) => d.title) ?? null,
    ),
  });
}
