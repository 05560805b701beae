import {
  RIASEC_INDEX_BY_ID,
  RIASEC_LETTERS,
  type InterestActivity,
  type JobZoneInfo,
  type LevelAnchor,
  type RiasecLetter,
} from '../../core/domain/index.js';
import type { DataIssue } from '../../errors.js';
import type { OnetTables } from '../onet/index.js';

/** Scale ranges the parsers and the assembly assume; checked against Scales Reference.txt. */
const EXPECTED_SCALES: Readonly<Record<string, readonly [number, number] | null>> = {
  IM: [1, 5],
  LV: [0, 7],
  OI: [1, 7],
  EX: [1, 7],
  WI: [-3, 3],
  DR: [0, 10],
  RL: [0, 100],
  IH: null,
  VH: null,
};

/**
 * Checks that every scale the catalog reads is in Scales Reference with the range the parsers
 * validate against, so a release that changes a scale is reported instead of misread.
 * (VH is listed as 1–6 but uses 0 for "no third high point", like IH; its range is not checked.)
 */
export function checkScales(tables: OnetTables, file: string, issues: DataIssue[]): void {
  const byId = new Map(tables.scales.map((s) => [s.scaleId, s]));
  for (const [id, range] of Object.entries(EXPECTED_SCALES)) {
    const scale = byId.get(id);
    if (scale === undefined) {
      issues.push({ file, line: 1, field: 'Scale ID', problem: `scale ${id} is missing` });
    } else if (range !== null && (scale.min !== range[0] || scale.max !== range[1])) {
      issues.push({
        file,
        line: scale.line,
        field: 'Minimum',
        problem: `scale ${id} runs ${scale.min}–${scale.max}; the catalog expects ${range[0]}–${range[1]}`,
      });
    }
  }
}

/** The five Job Zones as reference text. */
export function toJobZoneInfos(tables: OnetTables): JobZoneInfo[] {
  return tables.jobZoneReference.map((z) => ({
    zone: z.zone,
    name: z.name,
    education: z.education,
    experience: z.experience,
  }));
}

/**
 * Illustrative activities with their RIASEC letter: General rows name the area directly; Basic
 * rows are mapped through Basic Interests to RIASEC (all mapped areas in `letters`).
 */
export function toInterestActivities(
  tables: OnetTables,
  file: string,
  issues: DataIssue[],
): InterestActivity[] {
  const lettersOf = (riasecId: string): RiasecLetter | undefined =>
    RIASEC_LETTERS[RIASEC_INDEX_BY_ID.get(riasecId) ?? -1];
  const basic = new Map<string, RiasecLetter[]>();
  for (const row of tables.basicInterests) {
    const letter = lettersOf(row.riasecId);
    if (letter !== undefined) basic.set(row.basicId, [...(basic.get(row.basicId) ?? []), letter]);
  }
  const activities: InterestActivity[] = [];
  for (const row of tables.interestActivities) {
    const direct = lettersOf(row.elementId);
    const letters = direct !== undefined ? [direct] : (basic.get(row.elementId) ?? []);
    const [letter] = letters;
    if (letter === undefined) {
      issues.push({
        file,
        line: row.line,
        field: 'Element ID',
        problem: `${row.elementId} is neither a RIASEC area nor a basic interest mapped to one`,
      });
      continue;
    }
    activities.push({
      letter,
      letters,
      activity: row.activity,
      interestType: row.interestType,
      ...(row.interestType === 'Basic' ? { basicInterest: row.elementName } : {}),
    });
  }
  return activities;
}

/** Every level anchor (element, level value, description) from Level Scale Anchors. */
export function toLevelAnchors(tables: OnetTables): LevelAnchor[] {
  return tables.levelAnchors.map((a) => ({
    elementId: a.elementId,
    level: a.value,
    description: a.description,
  }));
}

/**
 * RL (Required Level of Education) category names, index 0 = category 1: the text before
 * " - " in O*NET's description ("Post-Secondary Certificate - awarded for …" → "Post-Secondary
 * Certificate"), so labels stay short enough to show.
 */
export function toEducationLabels(tables: OnetTables, file: string, issues: DataIssue[]): string[] {
  const rl = tables.educationCategories
    .filter((c) => c.elementId === '2.D.1' && c.scale === 'RL')
    .sort((a, b) => a.category - b.category);
  rl.forEach((c, i) => {
    if (c.category !== i + 1) {
      issues.push({
        file,
        line: c.line,
        field: 'Category',
        problem: `RL categories must run 1, 2, 3, …; found ${c.category} at position ${i + 1}`,
      });
    }
  });
  if (rl.length === 0)
    issues.push({ file, line: 1, field: 'Scale ID', problem: 'no RL categories' });
  return rl.map((c) => c.description.split(' - ')[0]?.trim() ?? c.description);
}
