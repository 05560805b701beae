import type { WageValue } from '../../core/domain/index.js';
import { parseTable, type FieldReader } from '../onet/index.js';
import {
  BLS_FILES,
  SOC_CODE_PATTERN,
  TOP_CODED_ANNUAL_USD,
  TOP_CODED_HOURLY_USD,
} from './bls-files.js';
import { parseWageCell } from './wage-cell.js';

/** OEWS occupation levels (`O_GROUP`). */
export type OewsGroup = 'total' | 'major' | 'minor' | 'broad' | 'detailed';

/** Annual wage percentiles of one OEWS row. */
export interface OewsAnnualWages {
  readonly pct10: WageValue;
  readonly pct25: WageValue;
  readonly median: WageValue;
  readonly pct75: WageValue;
  readonly pct90: WageValue;
}

/** One row of the OEWS May 2024 national file. */
export interface OewsRow {
  readonly line: number;
  readonly code: string;
  readonly title: string;
  readonly group: OewsGroup;
  /** `HOURLY = TRUE`: BLS publishes only hourly wages (actors, dancers, …); annual cells are `*`. */
  readonly hourlyOnly: boolean;
  /** `ANNUAL = TRUE`: only annual wages (teachers, …); hourly cells are `*`. */
  readonly annualOnly: boolean;
  readonly hourlyMedian: WageValue;
  readonly annual: OewsAnnualWages;
}

const GROUPS: readonly OewsGroup[] = ['total', 'major', 'minor', 'broad', 'detailed'];

function readWage(f: FieldReader, column: number, topCodedUsd: number): WageValue {
  const wage = parseWageCell(f.raw(column), topCodedUsd);
  if (wage === null) {
    f.issue(column, `${JSON.stringify(f.raw(column))} is not a wage (number, #, *, ** or empty)`);
    return { kind: 'unknown', reason: 'invalid cell' };
  }
  return wage;
}

function readTrueOrEmpty(f: FieldReader, column: number): boolean {
  const value = f.raw(column);
  if (value !== '' && value !== 'TRUE')
    f.issue(column, `expected TRUE or empty, found ${JSON.stringify(value)}`);
  return value === 'TRUE';
}

/**
 * Parses the OEWS May 2024 national TSV (all O_GROUP levels). Wage cells keep BLS's markers:
 * `#` top-coded (≥ $239,200 a year / $115 an hour), `*` and `**` not available.
 */
export function parseOews(text: string): OewsRow[] {
  return parseTable(text, BLS_FILES.oews, (f) => {
    const code = f.matching(8, SOC_CODE_PATTERN, 'a SOC code (NN-NNNN)');
    const title = f.text(9);
    const group = f.oneOf(10, GROUPS);
    f.numberOrNull(11, { min: 0, integer: true }, ['**', '']);
    readWage(f, 17, TOP_CODED_HOURLY_USD);
    readWage(f, 18, TOP_CODED_ANNUAL_USD);
    const hourlyMedian = readWage(f, 22, TOP_CODED_HOURLY_USD);
    const annual: OewsAnnualWages = {
      pct10: readWage(f, 25, TOP_CODED_ANNUAL_USD),
      pct25: readWage(f, 26, TOP_CODED_ANNUAL_USD),
      median: readWage(f, 27, TOP_CODED_ANNUAL_USD),
      pct75: readWage(f, 28, TOP_CODED_ANNUAL_USD),
      pct90: readWage(f, 29, TOP_CODED_ANNUAL_USD),
    };
    const annualOnly = readTrueOrEmpty(f, 30);
    const hourlyOnly = readTrueOrEmpty(f, 31);
    return { line: f.line, code, title, group, hourlyOnly, annualOnly, hourlyMedian, annual };
  });
}
