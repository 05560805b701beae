import type { OnetCode } from '../../core/domain/index.js';
import { ONET_FILES } from './onet-files.js';
import { parseTable, readDate, readElementId, readOnetCode } from './parse-helpers.js';
import type { FieldReader, TsvSpec } from './tsv-table.js';

/** One row of Skills, Knowledge or Abilities: an element rated on the IM or LV scale. */
export interface RatingRow {
  readonly line: number;
  readonly code: OnetCode;
  readonly elementId: string;
  readonly elementName: string;
  readonly scale: 'IM' | 'LV';
  /** IM importance 1–5 or LV level 0–7. */
  readonly value: number;
  /** `Recommend Suppress = Y`: low-precision estimate (`n/a`, as on expert-rated rows, → false). */
  readonly suppressed: boolean;
  /** `Not Relevant` (Y/N on LV rows, n/a → null on IM rows). */
  readonly notRelevant: boolean | null;
}

/** Scale ranges from the O*NET Scales Reference (IM Importance 1–5, LV Level 0–7). */
export const RATING_SCALES = Object.freeze({
  IM: { min: 1, max: 5 },
  LV: { min: 0, max: 7 },
});

const SCALE_IDS = ['IM', 'LV'] as const;

function toRatingRow(f: FieldReader): RatingRow {
  const code = readOnetCode(f, 0);
  const elementId = readElementId(f, 1);
  const elementName = f.text(2);
  const scale = f.oneOf(3, SCALE_IDS);
  const value = f.number(4, RATING_SCALES[scale] ?? {});
  f.numberOrNull(5, { min: 0, integer: true });
  f.numberOrNull(6, { min: 0 });
  f.numberOrNull(7);
  f.numberOrNull(8);
  const suppressed = f.flagOrNull(9) === true;
  const notRelevant = f.flagOrNull(10);
  readDate(f, 11);
  f.text(12);
  return { line: f.line, code, elementId, elementName, scale, value, suppressed, notRelevant };
}

function parseRatings(text: string, spec: TsvSpec): RatingRow[] {
  return parseTable(text, spec, toRatingRow);
}

/** Parses `Skills.txt` (35 skills × IM/LV per rated occupation); throws DATA_INVALID with every problem. */
export function parseSkills(text: string): RatingRow[] {
  return parseRatings(text, ONET_FILES.skills);
}

/** Parses `Knowledge.txt` (33 knowledge areas × IM/LV); throws DATA_INVALID with every problem. */
export function parseKnowledge(text: string): RatingRow[] {
  return parseRatings(text, ONET_FILES.knowledge);
}

/** Parses `Abilities.txt` (52 abilities × IM/LV); throws DATA_INVALID with every problem. */
export function parseAbilities(text: string): RatingRow[] {
  return parseRatings(text, ONET_FILES.abilities);
}
