import type { Occupation } from '../domain/index.js';
import {
  BLS_EXPERIENCE_YEARS,
  BLS_TRAINING_YEARS,
  EDUCATION_YEARS,
  RW_CATEGORY_TEXT,
  RW_CATEGORY_YEARS,
  TRAINING_CATEGORY_TEXT,
  TRAINING_CATEGORY_YEARS,
  shareAtOrBelow,
  toMedianCategory,
  type EducationLevel,
} from './time-assumptions.js';
import type { TimeFigure } from './pathway-schema.js';

/** Years of study on the ladder for each O*NET RL category (1 less than high school … 12 post-doctoral). */
const RL_YEARS = [0, 0, 1, 1, 2, 4, 5, 6, 7, 8, 8, 10] as const;

/** What entering an occupation asks for, read from BLS and O*NET. */
export interface EntryRequirements {
  /** BLS typical entry education (null when BLS has no row). */
  readonly education: string | null;
  readonly educationYears: number;
  /** Related work experience needed to be hired. */
  readonly experience: TimeFigure;
  /** On-the-job training after starting, until competent. */
  readonly training: TimeFigure;
  /** Share (0–100) of O*NET respondents who say a given education level is enough, by level years. */
  readonly educationEnoughPercent: (years: number) => number | null;
  /** Credential notes grounded in BLS and O*NET categories (doctorate, residency, apprenticeship). */
  readonly credentials: readonly string[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function toExperience(occupation: Occupation): TimeFigure {
  const bls = occupation.outlook?.workExperience ?? null;
  const rw = occupation.education?.experiencePercent;
  const median = rw ? toMedianCategory(rw) : null;
  const onetYears = median === null ? null : RW_CATEGORY_YEARS[median - 1]!;
  const onetText =
    median === null ? '' : `O*NET: half of workers say ${RW_CATEGORY_TEXT[median - 1]} or less`;
  if (bls === null) {
    return onetYears === null
      ? { years: 0, basis: 'no BLS or O*NET experience figure: counted as none' }
      : { years: onetYears, basis: `${onetText} (no BLS figure)` };
  }
  if (bls === 'None') {
    const note =
      onetYears !== null && onetYears >= 1 ? `; ${onetText}, so employers may ask for some` : '';
    return { years: 0, basis: `BLS: no related experience typically needed${note}` };
  }
  const fallback = BLS_EXPERIENCE_YEARS[bls] ?? 2;
  const years =
    onetYears === null
      ? fallback
      : bls === '5 years or more'
        ? Math.max(5, onetYears)
        : Math.min(4, Math.max(1, onetYears));
  return {
    years,
    basis:
      onetYears === null
        ? `BLS: ${bls.toLowerCase()} of related experience (counted as ${fallback} years)`
        : `BLS: ${bls.toLowerCase()}; ${onetText} (counted as ${round1(years)} years)`,
  };
}

function toTraining(occupation: Occupation): TimeFigure {
  const bls = occupation.outlook?.onTheJobTraining ?? null;
  const oj = occupation.education?.onJobTrainingPercent;
  const median = oj ? toMedianCategory(oj) : null;
  const blsText = bls === null ? '' : `BLS: ${bls.toLowerCase()}; `;
  if (bls === 'Internship/residency') {
    const assumed = BLS_TRAINING_YEARS[bls]!;
    const onet = median === null ? 0 : TRAINING_CATEGORY_YEARS[median - 1]!;
    return {
      years: Math.max(assumed, onet),
      basis: `BLS: internship/residency, no length given: counted as at least ${assumed} years (our assumption)${median === null ? '' : `; O*NET: half of workers name ${TRAINING_CATEGORY_TEXT[median - 1]} of on-the-job training or less`}`,
    };
  }
  if (median !== null) {
    return {
      years: TRAINING_CATEGORY_YEARS[median - 1]!,
      basis: `${blsText}O*NET: half of workers name ${TRAINING_CATEGORY_TEXT[median - 1]} of on-the-job training or less (midpoint counted)`,
    };
  }
  const years = bls === null ? 0 : (BLS_TRAINING_YEARS[bls] ?? 0);
  return {
    years,
    basis:
      bls === null ? 'no training figure: counted as none' : `${blsText}counted as ${years} years`,
  };
}

function toCredentials(occupation: Occupation): string[] {
  const notes: string[] = [];
  const education = occupation.outlook?.typicalEntryEducation ?? null;
  const training = occupation.outlook?.onTheJobTraining ?? null;
  if (education === 'Doctoral or professional degree')
    notes.push('needs a doctoral or professional degree (BLS typical entry education)');
  const rl = occupation.education;
  if (rl && rl.typicalCategory >= 10 && education !== 'Doctoral or professional degree')
    notes.push(`O*NET respondents most often name: ${rl.typicalLabel}`);
  if (training === 'Internship/residency')
    notes.push('needs an internship or residency after the degree (BLS)');
  if (training === 'Apprenticeship') notes.push('usually entered through an apprenticeship (BLS)');
  return notes;
}

/** What entering `occupation` asks for: education, related experience, training, credentials. */
export function toEntryRequirements(occupation: Occupation): EntryRequirements {
  const education = occupation.outlook?.typicalEntryEducation ?? null;
  const rl = occupation.education?.distributionPercent ?? null;
  return {
    education,
    educationYears: EDUCATION_YEARS[education as EducationLevel] ?? 0,
    experience: toExperience(occupation),
    training: toTraining(occupation),
    educationEnoughPercent: (years) => {
      if (!rl) return null;
      const last = RL_YEARS.findLastIndex((y) => y <= years);
      return Math.round(shareAtOrBelow(rl, last + 1));
    },
    credentials: toCredentials(occupation),
  };
}
