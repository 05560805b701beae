import type { WageValue } from '../../core/domain/index.js';
import { parseTable, type FieldReader } from '../onet/index.js';
import { BLS_FILES, SOC_CODE_PATTERN, TOP_CODED_ANNUAL_USD } from './bls-files.js';
import { parseWageCell } from './wage-cell.js';

/** One row of EP Table 1.2: projections 2024–34 for a SOC / National Employment Matrix code. */
export interface ProjectionRow {
  readonly line: number;
  readonly code: string;
  readonly title: string;
  /** `Line item` = a detailed occupation; `Summary` = an aggregate (e.g. 27-2040, 15-1200). */
  readonly type: 'Line item' | 'Summary';
  readonly employment2024Thousands: number;
  readonly employment2034Thousands: number;
  readonly changePercent: number;
  readonly annualOpeningsThousands: number;
  readonly medianAnnualWage: WageValue;
  readonly typicalEntryEducation: string | null;
  readonly workExperience: string | null;
  readonly onTheJobTraining: string | null;
}

const DASH = ['—', 'n/a'] as const;
const OCCUPATION_TYPES = ['Line item', 'Summary'] as const;

function readMedian(f: FieldReader, column: number): WageValue {
  const wage = parseWageCell(f.raw(column), TOP_CODED_ANNUAL_USD);
  if (wage === null) {
    f.issue(column, `${JSON.stringify(f.raw(column))} is not a wage (number, >=$N or —)`);
    return { kind: 'unknown', reason: 'invalid cell' };
  }
  return wage;
}

/**
 * Parses the EP 2024–34 Table 1.2 TSV. Employment and openings are in thousands; the median
 * wage may be top-coded (`>=$239,200`) or missing (`—`); text columns use `—` for none.
 */
export function parseProjections(text: string): ProjectionRow[] {
  return parseTable(text, BLS_FILES.projections, (f) => {
    const title = f.text(0);
    const code = f.matching(1, SOC_CODE_PATTERN, 'a SOC code (NN-NNNN)');
    const type = f.oneOf(2, OCCUPATION_TYPES);
    const employment2024Thousands = f.number(3, { min: 0 });
    const employment2034Thousands = f.number(4, { min: 0 });
    f.number(5, { min: 0, max: 100 });
    f.number(6, { min: 0, max: 100 });
    f.number(7);
    const changePercent = f.number(8);
    f.numberOrNull(9, { min: 0, max: 100 }, DASH);
    const annualOpeningsThousands = f.number(10, { min: 0 });
    const medianAnnualWage = readMedian(f, 11);
    const typicalEntryEducation = f.textOrNull(12, DASH);
    const workExperience = f.textOrNull(13, DASH);
    const onTheJobTraining = f.textOrNull(14, DASH);
    if (f.textOrNull(15, DASH) !== null) f.matching(15, /^https?:\/\//, 'a URL or —');
    f.number(16, { min: 0, max: 9, integer: true });
    return {
      line: f.line,
      code,
      title,
      type,
      employment2024Thousands,
      employment2034Thousands,
      changePercent,
      annualOpeningsThousands,
      medianAnnualWage,
      typicalEntryEducation,
      workExperience,
      onTheJobTraining,
    };
  });
}
