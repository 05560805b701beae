import type { OnetCode } from '../../core/domain/index.js';
import { ONET_FILES } from './onet-files.js';
import { parseTable, readOnetCode } from './parse-helpers.js';

/** One row of `Occupation Data.txt`. */
export interface OccupationRow {
  readonly line: number;
  readonly code: OnetCode;
  readonly title: string;
  readonly description: string;
}

/** Parses `Occupation Data.txt` (every O*NET-SOC code with title and description). */
export function parseOccupationData(text: string): OccupationRow[] {
  return parseTable(text, ONET_FILES.occupationData, (f) => ({
    line: f.line,
    code: readOnetCode(f, 0),
    title: f.text(1),
    description: f.text(2),
  }));
}
