import type { Outlook } from '../../core/domain/index.js';
import { toBrightOutlook } from './bright-outlook.js';
import type { ProjectionRow } from './parse-projections.js';
import type { BlsLookup } from './resolve-bls-row.js';

/**
 * The EP 2024–34 outlook for one O*NET occupation from the projections row that covers its SOC
 * code, with the Bright Outlook flag ({@link toBrightOutlook}); null when no row covers it.
 */
export function toOutlook(
  ep: BlsLookup<ProjectionRow> | null,
  inheritedFromSoc: boolean,
  averageChangePercent?: number,
): Outlook | null {
  if (ep === null) return null;
  const row = ep.row;
  return {
    employment2024Thousands: row.employment2024Thousands,
    employment2034Thousands: row.employment2034Thousands,
    changePercent: row.changePercent,
    annualOpeningsThousands: row.annualOpeningsThousands,
    typicalEntryEducation: row.typicalEntryEducation,
    workExperience: row.workExperience,
    onTheJobTraining: row.onTheJobTraining,
    ...toBrightOutlook(row.changePercent, row.annualOpeningsThousands, averageChangePercent),
    socCode: row.code,
    inheritedFromSoc,
    aggregate: ep.match === 'aggregate',
    blsTitle: row.title,
  };
}
