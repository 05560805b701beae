import {
  RIASEC_INDEX_BY_ID,
  RIASEC_LETTERS,
  WORK_VALUE_INDEX_BY_ID,
  WORK_VALUES,
  type EducationProfile,
  type InterestProfile,
  type RiasecLetter,
  type WorkStyleProfile,
  type WorkValueProfile,
} from '../../core/domain/index.js';
import type { EducationRow, ScoreRow } from '../onet/index.js';

/** First, second and third high-point element ids (IH in Interests, VH in Work Values). */
const INTEREST_HIGH_POINTS = ['1.B.1.g', '1.B.1.h', '1.B.1.i'];
const VALUE_HIGH_POINTS = ['1.B.2.g', '1.B.2.h', '1.B.2.i'];

type Issue = (line: number, field: string, problem: string) => void;

function toScores(
  rows: readonly ScoreRow[],
  scale: string,
  indexById: ReadonlyMap<string, number>,
  code: string,
  issue: Issue,
): number[] | null {
  const scores = new Array<number>(indexById.size).fill(Number.NaN);
  for (const row of rows) {
    if (row.scale !== scale) continue;
    const i = indexById.get(row.elementId);
    if (i === undefined)
      issue(row.line, 'Element ID', `${row.elementId} is not a ${scale} element`);
    else if (!Number.isNaN(scores[i] ?? 0))
      issue(row.line, 'Element ID', `duplicate ${scale} score of ${row.elementId} for ${code}`);
    else scores[i] = row.value;
  }
  if (scores.some(Number.isNaN)) {
    issue(
      rows[0]?.line ?? 1,
      'Element ID',
      `${code} lacks some of the ${indexById.size} ${scale} scores`,
    );
    return null;
  }
  return scores;
}

/** High points in first/second/third order; value 1–6 picks `names[value − 1]`, 0 means none. */
function toHighPoints<T>(
  rows: readonly ScoreRow[],
  scale: string,
  ids: readonly string[],
  names: readonly T[],
  issue: Issue,
): T[] {
  const picked: (T | null)[] = ids.map(() => null);
  for (const row of rows) {
    if (row.scale !== scale) continue;
    const slot = ids.indexOf(row.elementId);
    if (slot < 0) {
      issue(row.line, 'Element ID', `${row.elementId} is not a ${scale} high-point element`);
      continue;
    }
    if (row.value >= 1) picked[slot] = names[row.value - 1] ?? null;
  }
  return picked.filter((p): p is NonNullable<typeof p> => p !== null) as T[];
}

/** RIASEC profile from Interests rows: OI scores in RIASEC order and the IH high-point letters. */
export function toInterestProfile(
  rows: readonly ScoreRow[],
  code: string,
  issue: Issue,
): InterestProfile | null {
  const scores = toScores(rows, 'OI', RIASEC_INDEX_BY_ID, code, issue);
  if (scores === null) return null;
  const highPoints = toHighPoints<RiasecLetter>(
    rows,
    'IH',
    INTEREST_HIGH_POINTS,
    RIASEC_LETTERS,
    issue,
  );
  return { scores, highPoints };
}

/** Work values from Work Values rows: EX scores in WORK_VALUES order and the VH high-point names. */
export function toWorkValueProfile(
  rows: readonly ScoreRow[],
  code: string,
  issue: Issue,
): WorkValueProfile | null {
  const scores = toScores(rows, 'EX', WORK_VALUE_INDEX_BY_ID, code, issue);
  if (scores === null) return null;
  const names = WORK_VALUES.map((v) => v.name);
  return { scores, highPoints: toHighPoints(rows, 'VH', VALUE_HIGH_POINTS, names, issue) };
}

/** Work styles from Work Styles rows: WI impact and DR distinctiveness, indexed like `styleIndex`. */
export function toWorkStyleProfile(
  rows: readonly ScoreRow[],
  styleIndex: ReadonlyMap<string, number>,
  code: string,
  issue: Issue,
): WorkStyleProfile | null {
  const impact = toScores(rows, 'WI', styleIndex, code, issue);
  const distinctiveness = toScores(rows, 'DR', styleIndex, code, issue);
  return impact === null || distinctiveness === null ? null : { impact, distinctiveness };
}

/**
 * Required education (RL scale, element 2.D.1) as a distribution over the categories; the
 * typical category is the one with the largest percent (ties go to the lower category).
 * Null when the occupation has no RL rows.
 */
export function toEducationProfile(
  rows: readonly EducationRow[],
  labels: readonly string[],
  code: string,
  issue: Issue,
): EducationProfile | null {
  const rl = rows.filter((r) => r.scale === 'RL');
  if (rl.length === 0) return null;
  const percent = new Array<number>(labels.length).fill(Number.NaN);
  for (const row of rl) {
    const i = (row.category ?? 0) - 1;
    if (i < 0 || i >= labels.length)
      issue(row.line, 'Category', `RL category ${row.category} is not 1–${labels.length}`);
    else if (!Number.isNaN(percent[i] ?? 0))
      issue(row.line, 'Category', `duplicate RL category ${row.category} for ${code}`);
    else percent[i] = row.value;
  }
  if (percent.some(Number.isNaN)) {
    issue(rl[0]?.line ?? 1, 'Category', `${code} lacks some of the ${labels.length} RL categories`);
    return null;
  }
  let best = 0;
  percent.forEach((p, i) => {
    if (p > (percent[best] ?? 0)) best = i;
  });
  const experience = toCategoryPercent(rows, 'RW', ETE_CATEGORY_COUNTS.RW);
  const onSite = toCategoryPercent(rows, 'PT', ETE_CATEGORY_COUNTS.PT);
  const onJob = toCategoryPercent(rows, 'OJ', ETE_CATEGORY_COUNTS.OJ);
  return {
    typicalCategory: best + 1,
    typicalLabel: labels[best] ?? '',
    distributionPercent: percent,
    ...(experience ? { experiencePercent: experience } : {}),
    ...(onSite ? { onSiteTrainingPercent: onSite } : {}),
    ...(onJob ? { onJobTrainingPercent: onJob } : {}),
  };
}

/** Number of categories of O*NET's RW (related work experience), PT and OJ (training) scales. */
const ETE_CATEGORY_COUNTS = { RW: 11, PT: 9, OJ: 9 } as const;

/**
 * Percent per category of one categorical ETE scale (index 0 = category 1), or null when the
 * occupation lacks any of its categories (then nothing is claimed from a partial distribution).
 */
function toCategoryPercent(
  rows: readonly EducationRow[],
  scale: 'RW' | 'PT' | 'OJ',
  count: number,
): number[] | null {
  const percent = new Array<number>(count).fill(Number.NaN);
  for (const row of rows) {
    const i = (row.category ?? 0) - 1;
    if (row.scale === scale && i >= 0 && i < count) percent[i] = row.value;
  }
  return percent.some(Number.isNaN) ? null : percent;
}
