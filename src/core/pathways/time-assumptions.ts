/**
 * The numbers time-to-ready rests on. Each table says where its years come from, so every
 * figure an answer shows can name its assumption.
 */

/** BLS "Typical education needed for entry" categories, lowest first. */
export const BLS_EDUCATION_LEVELS = [
  'No formal educational credential',
  'High school diploma or equivalent',
  'Some college, no degree',
  'Postsecondary nondegree award',
  "Associate's degree",
  "Bachelor's degree",
  "Master's degree",
  'Doctoral or professional degree',
] as const;

/** One BLS entry-education category. */
export type EducationLevel = (typeof BLS_EDUCATION_LEVELS)[number];

/**
 * Years of full-time study after high school that each level stands for, on one ladder: a
 * certificate 1 (BLS: a few weeks to 2 years), an associate 2, a bachelor's 4, a master's 6, a
 * doctoral or professional degree 8 (law takes 3 years after a bachelor's, a PhD often 5–6:
 * counted as 4). Going up the ladder takes the difference.
 */
export const EDUCATION_YEARS: Readonly<Record<EducationLevel, number>> = {
  'No formal educational credential': 0,
  'High school diploma or equivalent': 0,
  'Some college, no degree': 1,
  'Postsecondary nondegree award': 1,
  "Associate's degree": 2,
  "Bachelor's degree": 4,
  "Master's degree": 6,
  'Doctoral or professional degree': 8,
};

/** The position of a BLS education category on the ladder, or null for an unknown text. */
export function toEducationRank(level: string | null): number | null {
  const i = BLS_EDUCATION_LEVELS.indexOf(level as EducationLevel);
  return i < 0 ? null : i;
}

/**
 * Midpoints in years of O*NET's RW categories (Related Work Experience: 1 none, 2 up to 1 month,
 * 3 1–3 months, 4 3–6 months, 5 6–12 months, 6 1–2 years, 7 2–4, 8 4–6, 9 6–8, 10 8–10, 11 over
 * 10 years, counted as 10).
 */
export const RW_CATEGORY_YEARS = [
  0, 0.04, 0.17, 0.375, 0.75, 1.5, 3, 5, 7, 9, 10,
] as const satisfies readonly number[];

/** Categories 2 to 7 as O*NET words them, the same in RW, OJ and PT. */
const CATEGORIES_2_TO_7_TEXT = [
  'up to 1 month',
  '1–3 months',
  '3–6 months',
  '6 months–1 year',
  '1–2 years',
  '2–4 years',
] as const;

/** RW categories as O*NET words them (index 0 = category 1). */
export const RW_CATEGORY_TEXT = [
  'none',
  ...CATEGORIES_2_TO_7_TEXT,
  '4–6 years',
  '6–8 years',
  '8–10 years',
  'over 10 years',
] as const;

/**
 * Midpoints in years of O*NET's OJ (On-the-Job Training) and PT (On-Site or In-Plant Training)
 * categories: 1 none, 2 up to 1 month, 3 1–3 months, 4 3–6 months, 5 6–12 months, 6 1–2 years,
 * 7 2–4, 8 4–10, 9 over 10 years (counted as 10).
 */
export const TRAINING_CATEGORY_YEARS = [
  0, 0.04, 0.17, 0.375, 0.75, 1.5, 3, 7, 10,
] as const satisfies readonly number[];

/** OJ/PT categories as O*NET words them (index 0 = category 1). */
export const TRAINING_CATEGORY_TEXT = [
  'none or a short demonstration',
  ...CATEGORIES_2_TO_7_TEXT,
  '4–10 years',
  'over 10 years',
] as const;

/**
 * Years of related experience for BLS's "Work experience in a related occupation" when O*NET has
 * no RW distribution: none 0, "Less than 5 years" 2 (our assumption, the middle of 1–4), "5 years
 * or more" 5.
 */
export const BLS_EXPERIENCE_YEARS: Readonly<Record<string, number>> = {
  None: 0,
  'Less than 5 years': 2,
  '5 years or more': 5,
};

/**
 * Years of on-the-job training for BLS's category when O*NET has no OJ distribution: BLS defines
 * short-term as a month or less, moderate-term as 1–12 months, long-term as over 12 months;
 * apprenticeship and internship/residency are counted as 4 and 3 years (our assumptions).
 */
export const BLS_TRAINING_YEARS: Readonly<Record<string, number>> = {
  None: 0,
  'Short-term on-the-job training': 0.04,
  'Moderate-term on-the-job training': 0.5,
  'Long-term on-the-job training': 1.5,
  Apprenticeship: 4,
  'Internship/residency': 3,
};

/**
 * The least time a stepping stone is counted for (our assumption): taking a job to learn from it
 * means staying long enough to learn it, so a stone counts at least this long, or its own O*NET
 * on-the-job training time when that is longer.
 */
export const MIN_STONE_YEARS = 0.5;

/**
 * The median category of a percent distribution (index 0 = category 1): the first category at
 * which the cumulative share reaches half. Null for an empty distribution.
 */
export function toMedianCategory(percent: readonly number[]): number | null {
  const total = percent.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return null;
  let cumulative = 0;
  for (let i = 0; i < percent.length; i += 1) {
    cumulative += percent[i] ?? 0;
    if (cumulative >= total / 2) return i + 1;
  }
  return percent.length;
}

/** Share (0–100) of a distribution at or below a category (1-based). */
export function shareAtOrBelow(percent: readonly number[], category: number): number {
  const total = percent.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return 0;
  return (100 * percent.slice(0, category).reduce((a, b) => a + b, 0)) / total;
}
