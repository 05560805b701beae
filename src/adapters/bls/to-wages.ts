import type { WageValue, Wages } from '../../core/domain/index.js';
import type { OewsRow } from './parse-oews.js';
import type { ProjectionRow } from './parse-projections.js';
import type { BlsLookup } from './resolve-bls-row.js';

const OEWS = 'OEWS May 2024';

function hourlyOnlyReason(row: OewsRow): string {
  const median = row.hourlyMedian;
  const hourly =
    median.kind === 'exact'
      ? ` (median $${median.usd.toFixed(2)} an hour)`
      : median.kind === 'atLeast'
        ? ` (median at least $${median.usd.toFixed(2)} an hour)`
        : '';
  return `BLS publishes only hourly wages for this occupation${hourly}, so there is no annual figure (OEWS HOURLY=TRUE).`;
}

function fromOews(value: WageValue, row: OewsRow): WageValue {
  if (value.kind !== 'unknown') return value;
  return { kind: 'unknown', reason: row.hourlyOnly ? hourlyOnlyReason(row) : `${value.reason}.` };
}

const notInOews: WageValue = {
  kind: 'unknown',
  reason: 'BLS OEWS May 2024 does not cover this occupation, so there are no wage percentiles.',
};

/**
 * Annual wages for one O*NET occupation from the BLS rows that cover its SOC code: percentiles
 * from OEWS May 2024; the median from OEWS A_MEDIAN, or from the EP 2024 median when OEWS has
 * no usable median (then `source` says so). Top-coded cells stay `atLeast`, missing ones stay
 * `unknown` with a reason (hourly-only occupations say so). Null when no BLS row covers the code.
 */
export function toWages(
  oews: BlsLookup<OewsRow> | null,
  ep: BlsLookup<ProjectionRow> | null,
  inheritedFromSoc: boolean,
): Wages | null {
  const used = oews ?? ep;
  if (used === null) return null;
  const base = {
    socCode: used.row.code,
    inheritedFromSoc,
    aggregate: used.match === 'aggregate',
    blsTitle: used.row.title,
  };
  const epMedian = ep?.row.medianAnnualWage;
  const epMedianUsable = epMedian !== undefined && epMedian.kind !== 'unknown';
  if (oews === null) {
    const median: WageValue = epMedianUsable
      ? epMedian
      : {
          kind: 'unknown',
          reason:
            'BLS publishes no wage for this occupation (not covered by OEWS May 2024; EP 2024 median —).',
        };
    return {
      ...base,
      medianAnnualUsd: median,
      pct10AnnualUsd: notInOews,
      pct25AnnualUsd: notInOews,
      pct75AnnualUsd: notInOews,
      pct90AnnualUsd: notInOews,
      source: epMedianUsable ? 'EP 2024 median (no OEWS row)' : 'EP 2024 (no OEWS row)',
    };
  }
  const row = oews.row;
  const oewsMedian = row.annual.median;
  const useEp = oewsMedian.kind === 'unknown' && epMedianUsable;
  return {
    ...base,
    medianAnnualUsd: useEp ? epMedian : fromOews(oewsMedian, row),
    pct10AnnualUsd: fromOews(row.annual.pct10, row),
    pct25AnnualUsd: fromOews(row.annual.pct25, row),
    pct75AnnualUsd: fromOews(row.annual.pct75, row),
    pct90AnnualUsd: fromOews(row.annual.pct90, row),
    source: useEp ? `${OEWS} percentiles; median from EP 2024` : OEWS,
  };
}
