import { ONET_FILES } from './onet-files.js';
import { parseTable, readElementId } from './parse-helpers.js';

/** One row of `Content Model Reference.txt`. */
export interface ContentModelRow {
  readonly line: number;
  readonly elementId: string;
  readonly name: string;
  readonly description: string;
}

/** One row of `Scales Reference.txt`. */
export interface ScaleRow {
  readonly line: number;
  readonly scaleId: string;
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

/** One row of `Level Scale Anchors.txt`. */
export interface LevelAnchorRow {
  readonly line: number;
  readonly elementId: string;
  readonly scaleId: string;
  readonly value: number;
  readonly description: string;
}

/** One row of `Job Zone Reference.txt`. */
export interface JobZoneReferenceRow {
  readonly line: number;
  readonly zone: number;
  readonly name: string;
  readonly experience: string;
  readonly education: string;
  readonly training: string;
  readonly examples: string;
  readonly svpRange: string;
}

/** One row of `Interests Illustrative Activities.txt`. */
export interface InterestActivityRow {
  readonly line: number;
  readonly elementId: string;
  readonly elementName: string;
  readonly interestType: 'General' | 'Basic';
  readonly activity: string;
}

/** One row of `Basic Interests to RIASEC.txt` (a basic interest may map to several areas). */
export interface BasicInterestRow {
  readonly line: number;
  readonly basicId: string;
  readonly basicName: string;
  readonly riasecId: string;
}

/** Parses `Content Model Reference.txt` (every element id with name and description). */
export function parseContentModel(text: string): ContentModelRow[] {
  return parseTable(text, ONET_FILES.contentModel, (f) => ({
    line: f.line,
    elementId: readElementId(f, 0),
    name: f.text(1),
    description: f.text(2),
  }));
}

/** Parses `Scales Reference.txt` (scale id, name and range). */
export function parseScales(text: string): ScaleRow[] {
  return parseTable(text, ONET_FILES.scales, (f) => {
    const row = {
      line: f.line,
      scaleId: f.matching(0, /^[A-Z]{2,3}$/, 'a scale id (2–3 capital letters)'),
      name: f.text(1),
      min: f.number(2),
      max: f.number(3),
    };
    if (row.min >= row.max) f.issue(3, `maximum ${row.max} is not above minimum ${row.min}`);
    return row;
  });
}

/** Parses `Level Scale Anchors.txt` (what a level on an element's scale looks like). */
export function parseLevelAnchors(text: string): LevelAnchorRow[] {
  return parseTable(text, ONET_FILES.levelAnchors, (f) => {
    const elementId = readElementId(f, 0);
    f.text(1);
    return {
      line: f.line,
      elementId,
      scaleId: f.text(2),
      value: f.number(3),
      description: f.text(4),
    };
  });
}

/** Parses `Job Zone Reference.txt` (the five Job Zones described). */
export function parseJobZoneReference(text: string): JobZoneReferenceRow[] {
  return parseTable(text, ONET_FILES.jobZoneReference, (f) => ({
    line: f.line,
    zone: f.number(0, { min: 1, max: 5, integer: true }),
    name: f.text(1),
    experience: f.text(2),
    education: f.text(3),
    training: f.text(4),
    examples: f.text(5),
    svpRange: f.text(6),
  }));
}

/** Parses `Interests Illustrative Activities.txt` (example activities per RIASEC or basic interest). */
export function parseInterestActivities(text: string): InterestActivityRow[] {
  return parseTable(text, ONET_FILES.interestActivities, (f) => ({
    line: f.line,
    elementId: readElementId(f, 0),
    elementName: f.text(1),
    interestType: f.oneOf(2, ['General', 'Basic'] as const),
    activity: f.text(3),
  }));
}

/** Parses `Basic Interests to RIASEC.txt` (which RIASEC area(s) each basic interest belongs to). */
export function parseBasicInterests(text: string): BasicInterestRow[] {
  return parseTable(text, ONET_FILES.basicInterests, (f) => {
    const row = {
      line: f.line,
      basicId: readElementId(f, 0),
      basicName: f.text(1),
      riasecId: readElementId(f, 2),
    };
    f.text(3);
    return row;
  });
}
