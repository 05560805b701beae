import { describe, expect, it } from 'vitest';
import type { WageValue } from '../../core/domain/index.js';
import type { OewsRow, ProjectionRow } from './index.js';
import { createBlsResolver, toOutlook, toWages } from './index.js';

const exact = (usd: number): WageValue => ({ kind: 'exact', usd });
const unknown: WageValue = {
  kind: 'unknown',
  reason: 'BLS has no wage estimate for this occupation (OEWS marker *)',
};

function oews(
  code: string,
  group: OewsRow['group'],
  median: WageValue,
  hourlyOnly = false,
): OewsRow {
  const pct = hourlyOnly ? unknown : exact(1000);
  return {
    line: 2,
    code,
    title: `Title ${code}`,
    group,
    hourlyOnly,
    annualOnly: false,
    hourlyMedian: exact(23.33),
    annual: { pct10: pct, pct25: pct, median, pct75: pct, pct90: pct },
  };
}

function ep(code: string, type: ProjectionRow['type'], median: WageValue): ProjectionRow {
  return {
    line: 2,
    code,
    title: `title ${code}`,
    type,
    employment2024Thousands: 100,
    employment2034Thousands: 106,
    changePercent: 6,
    annualOpeningsThousands: 5,
    medianAnnualWage: median,
    typicalEntryEducation: "Bachelor's degree",
    workExperience: null,
    onTheJobTraining: null,
  };
}

describe('createBlsResolver', () => {
  const onetSocs = new Set([
    '21-1011',
    '21-1014',
    '21-1012',
    '29-2011',
    '29-2012',
    '27-2041',
    '27-2042',
    '55-1011',
  ]);
  const rows = [
    oews('21-1012', 'detailed', exact(1)),
    oews('21-1018', 'detailed', exact(2)),
    oews('29-2010', 'broad', exact(3)),
    oews('29-2010', 'detailed', exact(4)),
  ];
  const resolve = createBlsResolver(rows, (r) => r.group === 'detailed', onetSocs);

  it('matches the detailed row with the same code exactly', () => {
    expect(resolve('21-1012')).toMatchObject({ match: 'exact', row: { code: '21-1012' } });
  });

  it('falls back to the one BLS-only detailed code in the same broad group (an aggregate)', () => {
    expect(resolve('21-1014')).toMatchObject({ match: 'aggregate', row: { code: '21-1018' } });
    expect(resolve('29-2011')?.row.annual.median).toEqual(exact(4));
  });

  it('falls back to the broad row NN-NNN0 when no single aggregate exists', () => {
    const epResolve = createBlsResolver(
      [ep('27-2040', 'Summary', exact(5)), ep('27-2041', 'Line item', exact(6))],
      (r) => r.type === 'Line item',
      onetSocs,
    );
    expect(epResolve('27-2042')).toMatchObject({ match: 'aggregate', row: { code: '27-2040' } });
  });

  it('finds nothing rather than inventing a row', () => {
    expect(resolve('55-1011')).toBeNull();
  });
});

describe('toWages', () => {
  it('takes OEWS percentiles and median, marking inheritance and aggregates', () => {
    const wages = toWages(
      { row: oews('21-1018', 'detailed', exact(59190)), match: 'aggregate' },
      null,
      true,
    );
    expect(wages).toMatchObject({
      medianAnnualUsd: exact(59190),
      pct10AnnualUsd: exact(1000),
      socCode: '21-1018',
      inheritedFromSoc: true,
      aggregate: true,
      source: 'OEWS May 2024',
    });
  });

  it('keeps a top-coded OEWS median as atLeast', () => {
    const top: WageValue = { kind: 'atLeast', usd: 239200 };
    const wages = toWages({ row: oews('29-1211', 'detailed', top), match: 'exact' }, null, false);
    expect(wages?.medianAnnualUsd).toEqual(top);
  });

  it('uses the EP median when OEWS has none, and says so in source', () => {
    const wages = toWages(
      { row: oews('11-1011', 'detailed', unknown), match: 'exact' },
      { row: ep('11-1011', 'Line item', exact(206420)), match: 'exact' },
      false,
    );
    expect(wages?.medianAnnualUsd).toEqual(exact(206420));
    expect(wages?.source).toBe('OEWS May 2024 percentiles; median from EP 2024');
  });

  it('gives hourly-only occupations unknown annual wages with a reason naming the hourly median', () => {
    const wages = toWages(
      { row: oews('27-2011', 'detailed', unknown, true), match: 'exact' },
      {
        row: ep('27-2011', 'Line item', {
          kind: 'unknown',
          reason: 'BLS does not publish this wage (—)',
        }),
        match: 'exact',
      },
      false,
    );
    expect(wages?.medianAnnualUsd.kind).toBe('unknown');
    const reason = wages?.medianAnnualUsd.kind === 'unknown' ? wages.medianAnnualUsd.reason : '';
    expect(reason).toContain('only hourly wages');
    expect(reason).toContain('$23.33 an hour');
  });

  it('is null when no BLS row covers the code', () => {
    expect(toWages(null, null, false)).toBeNull();
  });
});

describe('toOutlook', () => {
  it('copies the EP figures and applies the Bright Outlook rule', () => {
    const outlook = toOutlook(
      { row: ep('15-2041', 'Line item', exact(1)), match: 'exact' },
      true,
      3.1,
    );
    expect(outlook).toMatchObject({
      employment2024Thousands: 100,
      changePercent: 6,
      brightOutlook: true,
      socCode: '15-2041',
      inheritedFromSoc: true,
      aggregate: false,
    });
  });

  it('says when the figures are those of a wider BLS group', () => {
    const outlook = toOutlook(
      { row: ep('31-1120', 'Line item', exact(1)), match: 'aggregate' },
      false,
    );
    expect(outlook?.aggregate).toBe(true);
    expect(outlook?.brightOutlookReason).toContain('wider BLS group "title 31-1120" (31-1120)');
  });

  it('is null without a projections row', () => {
    expect(toOutlook(null, false)).toBeNull();
  });
});
