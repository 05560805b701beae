import type { OnetCode } from '../../core/domain/index.js';
import { ONET_FILES } from './onet-files.js';
import { parseTable, readDate, readOnetCode } from './parse-helpers.js';

/** One row of `Job Zones.txt`. */
export interface JobZoneRow {
  readonly line: number;
  readonly code: OnetCode;
  /** Job Zone 1–5. */
  readonly zone: number;
}

/** Parses `Job Zones.txt` (one Job Zone 1–5 per occupation). */
export function parseJobZones(text: string): JobZoneRow[] {
  return parseTable(text, ONET_FILES.jobZones, (f) => {
    const row = {
      line: f.line,
      code: readOnetCode(f, 0),
      zone: f.number(1, { min: 1, max: 5, integer: true }),
    };
    readDate(f, 2);
    f.text(3);
    return row;
  });
}
