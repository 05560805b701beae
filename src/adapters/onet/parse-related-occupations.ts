import type { OnetCode, RelatednessTier } from '../../core/domain/index.js';
import { ONET_FILES } from './onet-files.js';
import { parseTable, readOnetCode } from './parse-helpers.js';

/** One row of `Related Occupations.txt`. */
export interface RelatedRow {
  readonly line: number;
  readonly code: OnetCode;
  readonly relatedCode: OnetCode;
  readonly tier: RelatednessTier;
  /** 1 = most related. */
  readonly index: number;
}

const TIERS: readonly RelatednessTier[] = ['Primary-Short', 'Primary-Long', 'Supplemental'];

/** Parses `Related Occupations.txt` (expert-reviewed occupation-to-occupation links). */
export function parseRelatedOccupations(text: string): RelatedRow[] {
  return parseTable(text, ONET_FILES.relatedOccupations, (f) => {
    const code = readOnetCode(f, 0);
    const relatedCode = readOnetCode(f, 1);
    if (code === relatedCode) f.issue(1, `relates ${code} to itself`);
    return {
      line: f.line,
      code,
      relatedCode,
      tier: f.oneOf(2, TIERS),
      index: f.number(3, { min: 1, integer: true }),
    };
  });
}
