import type { OnetCode } from '../../core/domain/index.js';
import { ONET_FILES } from './onet-files.js';
import { parseTable, readDate, readElementId, readOnetCode } from './parse-helpers.js';

/** Scales in Education, Training, and Experience: categorical percentages, and IM for two items. */
const ETE_SCALES = ['RL', 'RW', 'PT', 'OJ', 'IM'] as const;

/** One row of `Education, Training, and Experience.txt`. */
export interface EducationRow {
  readonly line: number;
  readonly code: OnetCode;
  readonly elementId: string;
  readonly scale: (typeof ETE_SCALES)[number];
  /** Category number (1–12 on RL), or null on IM rows. */
  readonly category: number | null;
  /** Percent of respondents in the category (0–100), or importance 1–5 on IM rows. */
  readonly value: number;
  readonly suppressed: boolean;
}

/** One row of `Education, Training, and Experience Categories.txt`. */
export interface EducationCategoryRow {
  readonly line: number;
  readonly elementId: string;
  readonly scale: string;
  readonly category: number;
  readonly description: string;
}

/**
 * Parses `Education, Training, and Experience.txt`. Categorical scales (RL education, RW
 * experience, PT/OJ training) give a percent per category; IM rows carry no category.
 */
export function parseEducation(text: string): EducationRow[] {
  return parseTable(text, ONET_FILES.education, (f) => {
    const code = readOnetCode(f, 0);
    const elementId = readElementId(f, 1);
    f.text(2);
    const scale = f.oneOf(3, ETE_SCALES);
    const category = f.numberOrNull(4, { min: 1, integer: true });
    if (scale === 'IM' && category !== null) f.issue(4, 'must be n/a on IM rows');
    if (scale !== 'IM' && category === null)
      f.issue(4, `is n/a, but ${scale} rows need a category`);
    const value = f.number(5, scale === 'IM' ? { min: 1, max: 5 } : { min: 0, max: 100 });
    f.numberOrNull(6, { min: 0, integer: true });
    f.numberOrNull(7, { min: 0 });
    f.numberOrNull(8);
    f.numberOrNull(9);
    const suppressed = f.flagOrNull(10) === true;
    readDate(f, 11);
    f.text(12);
    return { line: f.line, code, elementId, scale, category, value, suppressed };
  });
}

/** Parses `Education, Training, and Experience Categories.txt` (labels of each category). */
export function parseEducationCategories(text: string): EducationCategoryRow[] {
  return parseTable(text, ONET_FILES.educationCategories, (f) => {
    const elementId = readElementId(f, 0);
    f.text(1);
    return {
      line: f.line,
      elementId,
      scale: f.text(2),
      category: f.number(3, { min: 1, integer: true }),
      description: f.text(4),
    };
  });
}
