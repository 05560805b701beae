import { readFile } from 'node:fs/promises';
import type { OnetCode } from '../../core/domain/index.js';
import { parseTable, readOnetCode } from './parse-helpers.js';
import type { TsvSpec } from './tsv-table.js';

/**
 * The legacy O*NET Career Changers Matrix (discontinued; O*NET-SOC 2019 codes) as kept in the
 * shared data: the Excel release's five columns. Used for measuring only, never for ranking.
 */
export const CAREER_CHANGERS_FILE: TsvSpec = {
  file: 'Career Changers Matrix.txt',
  headers: ['O*NET-SOC Code', 'Title', 'Related O*NET-SOC Code', 'Related Title', 'Index'],
};

/** One move the Career Changers Matrix lists: people in `code` move to `relatedCode`. */
export interface CareerChangerRow {
  readonly line: number;
  readonly code: OnetCode;
  readonly relatedCode: OnetCode;
  readonly index: number;
}

/** Parses the Career Changers Matrix TSV (all problems collected as file:line: field). */
export function parseCareerChangers(text: string): CareerChangerRow[] {
  return parseTable(text, CAREER_CHANGERS_FILE, (f) => {
    const code = readOnetCode(f, 0);
    f.text(1);
    const relatedCode = readOnetCode(f, 2);
    f.text(3);
    return { line: f.line, code, relatedCode, index: f.number(4, { min: 1, integer: true }) };
  });
}

/** Reads and parses the Career Changers Matrix file at `file`. */
export async function loadCareerChangers(file: string): Promise<CareerChangerRow[]> {
  return parseCareerChangers(await readFile(file, 'utf8'));
}
