import type { OnetCode } from '../../core/domain/index.js';
import { ONET_FILES } from './onet-files.js';
import { parseTable, readOnetCode } from './parse-helpers.js';

/** One row of `Technology Skills.txt`. */
export interface TechnologyRow {
  readonly line: number;
  readonly code: OnetCode;
  readonly example: string;
  readonly commodityCode: number;
  readonly commodityTitle: string;
  /** `Hot Technology = Y`: frequently listed in employer job postings. */
  readonly hot: boolean;
  /** `In Demand = Y`: frequently listed in this occupation's postings. */
  readonly inDemand: boolean;
}

/** Parses `Technology Skills.txt` (software/technology examples with Hot Technology and In Demand flags). */
export function parseTechnologySkills(text: string): TechnologyRow[] {
  return parseTable(text, ONET_FILES.technologySkills, (f) => ({
    line: f.line,
    code: readOnetCode(f, 0),
    example: f.text(1),
    commodityCode: f.number(2, { min: 10000000, max: 99999999, integer: true }),
    commodityTitle: f.text(3),
    hot: f.flag(4),
    inDemand: f.flag(5),
  }));
}
