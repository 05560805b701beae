import type { OnetCode } from '../../core/domain/index.js';
import { ONET_FILES } from './onet-files.js';
import { parseTable, readDate, readElementId, readOnetCode } from './parse-helpers.js';
import type { NumberRule, TsvSpec } from './tsv-table.js';

/** One row of Interests, Work Values or Work Styles: an element scored on one scale. */
export interface ScoreRow<S extends string = string> {
  readonly line: number;
  readonly code: OnetCode;
  readonly elementId: string;
  readonly elementName: string;
  readonly scale: S;
  readonly value: number;
}

function parseScores<S extends string>(
  text: string,
  spec: TsvSpec,
  scales: Readonly<Record<S, NumberRule>>,
): ScoreRow<S>[] {
  const scaleIds = Object.keys(scales) as S[];
  return parseTable(text, spec, (f) => {
    const code = readOnetCode(f, 0);
    const elementId = readElementId(f, 1);
    const elementName = f.text(2);
    const scale = f.oneOf(3, scaleIds);
    const value = f.number(4, scales[scale] ?? {});
    readDate(f, 5);
    f.text(6);
    return { line: f.line, code, elementId, elementName, scale, value };
  });
}

/**
 * Parses `Interests.txt`: OI scores (1–7) for the six RIASEC areas and IH high-point codes
 * (whole numbers 0–6: 1–6 = R, I, A, S, E, C; 0 = no such high point).
 */
export function parseInterests(text: string): ScoreRow<'OI' | 'IH'>[] {
  return parseScores(text, ONET_FILES.interests, {
    OI: { min: 1, max: 7 },
    IH: { min: 0, max: 6, integer: true },
  });
}

/**
 * Parses `Work Values.txt`: EX extent scores (1–7) for the six work values and VH high points
 * (whole numbers 0–6 coding the six values in O*NET order; 0 = none).
 */
export function parseWorkValues(text: string): ScoreRow<'EX' | 'VH'>[] {
  return parseScores(text, ONET_FILES.workValues, {
    EX: { min: 1, max: 7 },
    VH: { min: 0, max: 6, integer: true },
  });
}

/** Parses `Work Styles.txt` (30.1 taxonomy): WI impact (−3…3) and DR distinctiveness rank (0…10). */
export function parseWorkStyles(text: string): ScoreRow<'WI' | 'DR'>[] {
  return parseScores(text, ONET_FILES.workStyles, {
    WI: { min: -3, max: 3 },
    DR: { min: 0, max: 10 },
  });
}
