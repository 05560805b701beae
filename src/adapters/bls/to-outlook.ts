import type { Outlook } from '../../core/domain/index.js';
import { toBrightOutlook } from './bright-outlook.js';
import type { ProjectionRow } from './parse-projections.js';
import type { BlsLookup } from './resolve-bls-row.js';

/**
 * The EP 2024–34 outlook for one O*NET occupation from the projections row that covers its SOC
 * code, with the Bright Outlook flag ({@link toBrightOutlook}); null when no row covers it.
 * For an aggregate row the reason says that the figures are the wider group's.
 */
export function toOutlook(
  ep: BlsLookup<ProjectionRow> | null,
  inheritedFromSoc: boolean,
  averageChangePercent?: number,
): Outlook | null {
  if (ep === null) return null;
  const row = ep.row;
  const bright = toBrightOutlook(
    row.changePercent,
    row.annualOpeningsThousands,
    averageChangePercent,
  );
  const group =
    ep.match === 'aggregate'
      ? ` These are the figures of the wider BLS group "${row.title}" (${row.code}).`
      : '';
  return {
    employment2024Thousands: row.employment2024Thousands,
    employment2034Thousands: row.employment2034Thousands,
    changePercent: row.changePercent,
    annualOpeningsThousands: row.annualOpeningsThousands,
    typicalEntryEducation: row.typicalEntryEducation,
    workExperience: row.workExperience,
    onTheJobTraining: row.onTheJobTraining,
    brightOutlook: bright.brightOutlook,
    brightOutlookReason: bright.brightOutlookReason + group,
    socCode: row.code,
    inheritedFromSoc,
    aggregate: ep.match === 'aggregate',
    blsTitle: row.title,
  };
}
