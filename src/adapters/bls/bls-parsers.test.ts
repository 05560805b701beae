import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { issuesFrom } from '../../../test/support/data-issues.js';
import { BLS_FILES, parseOews, parseProjections, parseWageCell } from './index.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/bls');
const read = (set: string, file: string): string =>
  readFileSync(path.join(FIXTURES, set, file), 'utf8');

describe('parseWageCell', () => {
  it('reads numbers (with or without thousands separators) as exact', () => {
    expect(parseWageCell('96800', 239200)).toEqual({ kind: 'exact', usd: 96800 });
    expect(parseWageCell('96,800', 239200)).toEqual({ kind: 'exact', usd: 96800 });
    expect(parseWageCell('23.33', 115)).toEqual({ kind: 'exact', usd: 23.33 });
  });

  it('reads BLS top-codes # and >=$239,200 as at-least values', () => {
    expect(parseWageCell('#', 239200)).toEqual({ kind: 'atLeast', usd: 239200 });
    expect(parseWageCell('>=$239,200', 239200)).toEqual({ kind: 'atLeast', usd: 239200 });
  });

  it('reads *, **, — and empty as unknown with a reason, and rejects anything else', () => {
    for (const marker of ['*', '**', '—', '']) {
      const value = parseWageCell(marker, 239200);
      expect(value?.kind).toBe('unknown');
      expect(value?.kind === 'unknown' && value.reason.length > 10).toBe(true);
    }
    expect(parseWageCell('$96,800', 239200)).toBeNull();
    expect(parseWageCell('n/a', 239200)).toBeNull();
  });
});

describe('parseProjections (EP 2024–34 Table 1.2)', () => {
  it('reads line items and summaries, employment in thousands, top-coded and missing medians', () => {
    const rows = parseProjections(read('mini', BLS_FILES.projections.file));
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('15-1244')).toMatchObject({
      type: 'Line item',
      employment2024Thousands: 331.5,
      employment2034Thousands: 317.7,
      changePercent: -4.2,
      annualOpeningsThousands: 14.3,
      medianAnnualWage: { kind: 'exact', usd: 96800 },
      typicalEntryEducation: "Bachelor's degree",
      workExperience: 'None',
      onTheJobTraining: 'None',
    });
    expect(byCode.get('29-1211')?.medianAnnualWage).toEqual({ kind: 'atLeast', usd: 239200 });
    expect(byCode.get('27-2011')?.medianAnnualWage.kind).toBe('unknown');
    expect(byCode.get('27-2040')).toMatchObject({ type: 'Summary', typicalEntryEducation: null });
  });

  it('reports every malformed field', () => {
    const file = BLS_FILES.projections.file;
    expect(issuesFrom(() => parseProjections(read('malformed', file)))).toEqual([
      `${file}:3: 2024 National Employment Matrix code: "15-124" is not a SOC code (NN-NNNN)`,
      `${file}:3: Occupation type: expected one of Line item, Summary, found "Detail"`,
      `${file}:3: Median annual wage, dollars, 2024: "$96,800" is not a wage (number, >=$N or —)`,
      `${file}:4: Employment, 2024: "331,5" is not a number`,
      `${file}:4: Employment change, percent, 2024–34: "n/a" is not a number`,
      `${file}:4: Related Occupational Outlook Handbook (OOH) content URL: "www.bls.gov" is not a URL or —`,
    ]);
  });
});

describe('parseOews (OEWS May 2024 national)', () => {
  it('reads percentiles, # top-codes, hourly-only rows and broad rows listed twice', () => {
    const rows = parseOews(read('mini', BLS_FILES.oews.file));
    const admins = rows.find((r) => r.code === '15-1244');
    expect(admins?.annual).toEqual({
      pct10: { kind: 'exact', usd: 60320 },
      pct25: { kind: 'exact', usd: 75860 },
      median: { kind: 'exact', usd: 96800 },
      pct75: { kind: 'exact', usd: 123390 },
      pct90: { kind: 'exact', usd: 150320 },
    });
    const anesthesiologists = rows.find((r) => r.code === '29-1211');
    expect(anesthesiologists?.annual.median).toEqual({ kind: 'atLeast', usd: 239200 });
    const actors = rows.find((r) => r.code === '27-2011');
    expect(actors).toMatchObject({ hourlyOnly: true, hourlyMedian: { kind: 'exact', usd: 23.33 } });
    expect(actors?.annual.median.kind).toBe('unknown');
    expect(rows.filter((r) => r.code === '13-1020').map((r) => r.group)).toEqual([
      'broad',
      'detailed',
    ]);
  });

  it('reports every malformed field', () => {
    const file = BLS_FILES.oews.file;
    expect(issuesFrom(() => parseOews(read('malformed', file)))).toEqual([
      `${file}:3: O_GROUP: expected one of total, major, minor, broad, detailed, found "detail"`,
      `${file}:3: A_MEDIAN: "96.800,00" is not a wage (number, #, *, ** or empty)`,
      `${file}:3: HOURLY: expected TRUE or empty, found "yes"`,
      `${file}:4: OCC_CODE: "151244" is not a SOC code (NN-NNNN)`,
      `${file}:4: A_PCT90: "##" is not a wage (number, #, *, ** or empty)`,
    ]);
  });
});
