import type { OnetCode } from '../../core/domain/index.js';
import { ONET_FILES } from './onet-files.js';
import { parseTable, readOnetCode } from './parse-helpers.js';

/** One alternate or reported title of an occupation. */
export interface TitleRow {
  readonly line: number;
  readonly code: OnetCode;
  readonly title: string;
}

/** Parses `Alternate Titles.txt` (short title optional; sources are two-digit codes like `04,06`). */
export function parseAlternateTitles(text: string): TitleRow[] {
  return parseTable(text, ONET_FILES.alternateTitles, (f) => {
    const row = { line: f.line, code: readOnetCode(f, 0), title: f.text(1) };
    f.textOrNull(2);
    f.matching(3, /^\d{2}(?:,\d{2})*$/, 'a comma-separated list of two-digit source codes');
    return row;
  });
}

/** Parses `Sample of Reported Titles.txt` (titles incumbents reported; Y/N shown in My Next Move). */
export function parseReportedTitles(text: string): TitleRow[] {
  return parseTable(text, ONET_FILES.reportedTitles, (f) => {
    const row = { line: f.line, code: readOnetCode(f, 0), title: f.text(1) };
    f.flag(2);
    return row;
  });
}
