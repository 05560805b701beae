import type { OnetCode } from './onet-code.js';
import type { Outlook } from './outlook.js';
import type { RiasecLetter } from './riasec.js';
import type { Wages } from './wage.js';

/** One O*NET rating (importance 1–5 on IM, level 0–7 on LV) of one element for one occupation. */
export interface ElementRating {
  /** Importance on the IM scale (1–5). */
  readonly importance: number;
  /** Level on the LV scale (0–7). */
  readonly level: number;
  /** `Recommend Suppress = Y` on either scale: a low-precision estimate, flagged, not trusted. */
  readonly suppressed: boolean;
  /** `Not Relevant = Y` on the LV row: O*NET says the element does not apply. */
  readonly notRelevant: boolean;
}

/** A content-model element (knowledge area, ability, work style) named in the catalog. */
export interface ElementDescriptor {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

/** RIASEC profile of an occupation: OI scores 1–7 in RIASEC order and the IH high-point letters. */
export interface InterestProfile {
  readonly scores: readonly number[];
  readonly highPoints: readonly RiasecLetter[];
}

/** Work values: EX extent scores 1–7 in WORK_VALUES order and the high-point value names. */
export interface WorkValueProfile {
  readonly scores: readonly number[];
  readonly highPoints: readonly string[];
}

/** O*NET 30.1 work styles (new taxonomy): impact WI (−3…3) and distinctiveness rank DR (0…10). */
export interface WorkStyleProfile {
  /** Indexed like `Catalog.workStyles`. */
  readonly impact: readonly number[];
  readonly distinctiveness: readonly number[];
}

/** Education, training and experience (O*NET ETE, `RL` scale): the most common required level. */
export interface EducationProfile {
  /** O*NET RL category (1 = less than high school … 12 = post-doctoral). */
  readonly typicalCategory: number;
  /** Text of that category, e.g. "Bachelor's Degree". */
  readonly typicalLabel: string;
  /** Percent of respondents per RL category (index 0 = category 1). */
  readonly distributionPercent: readonly number[];
  /** Percent per RW category, related work experience (11: none … over 10 years); absent when not rated. */
  readonly experiencePercent?: readonly number[];
  /** Percent per PT category, on-site or in-plant training (9: none … over 10 years). */
  readonly onSiteTrainingPercent?: readonly number[];
  /** Percent per OJ category, on-the-job training (9: none … over 10 years). */
  readonly onJobTrainingPercent?: readonly number[];
}

/** A technology or tool example from O*NET Technology Skills. */
export interface Technology {
  readonly name: string;
  readonly commodityTitle: string;
  readonly hot: boolean;
  readonly inDemand: boolean;
}

/** A task statement. */
export interface Task {
  readonly id: string;
  readonly text: string;
  readonly core: boolean;
}

/** Relatedness tier from O*NET Related Occupations. */
export type RelatednessTier = 'Primary-Short' | 'Primary-Long' | 'Supplemental';

/** One related occupation (expert-reviewed), with its tier and index (1 = most related). */
export interface RelatedOccupation {
  readonly code: OnetCode;
  readonly tier: RelatednessTier;
  readonly index: number;
}

/** One rated occupation an estimated profile was drawn from, with its share of the weight. */
export interface EstimateDonor {
  readonly code: OnetCode;
  readonly title: string;
  /** Share of the estimate's weight (0–1; the listed donors' shares need not sum to 1). */
  readonly share: number;
}

/**
 * How an occupation's profile was estimated when O*NET describes it (tasks, technology,
 * interests, Job Zone, related occupations) but has not rated its skills.
 */
export interface ProfileEstimate {
  /** The rated occupations that weigh most in the estimate, heaviest first (at most five). */
  readonly from: readonly EstimateDonor[];
  /** Which of the occupation's fields are estimated (the others are O*NET's own). */
  readonly fields: readonly ('skills' | 'knowledge' | 'abilities' | 'workValues')[];
}

/** One O*NET-SOC occupation with everything the product knows about it. */
export interface Occupation {
  readonly code: OnetCode;
  readonly title: string;
  readonly description: string;
  /** True when the occupation has skill ratings (O*NET's or estimated), so it can be scored. */
  readonly rateable: boolean;
  /**
   * Present when O*NET has not rated this occupation's skills and its ratings were estimated
   * from similar rated occupations; absent for O*NET-rated occupations.
   */
  readonly profileEstimate?: ProfileEstimate;
  /** 35 ratings in SKILLS order (estimated when `profileEstimate` is set), or null. */
  readonly skills: readonly ElementRating[] | null;
  /** Ratings in `Catalog.knowledge` order, or null. */
  readonly knowledge: readonly ElementRating[] | null;
  /** Ratings in `Catalog.abilities` order, or null. */
  readonly abilities: readonly ElementRating[] | null;
  readonly interests: InterestProfile | null;
  readonly workValues: WorkValueProfile | null;
  readonly workStyles: WorkStyleProfile | null;
  /** Job Zone 1–5, or null. */
  readonly jobZone: number | null;
  readonly education: EducationProfile | null;
  readonly alternateTitles: readonly string[];
  readonly reportedTitles: readonly string[];
  readonly technologies: readonly Technology[];
  readonly tasks: readonly Task[];
  readonly related: readonly RelatedOccupation[];
  /** BLS wages, or null when no BLS row covers the SOC code. */
  readonly wages: Wages | null;
  /** BLS projections, or null when no row covers the SOC code. */
  readonly outlook: Outlook | null;
}

/** O*NET Job Zone reference text. */
export interface JobZoneInfo {
  readonly zone: number;
  readonly name: string;
  readonly education: string;
  readonly experience: string;
}

/** Illustrative activity for a RIASEC area (used by the interest questionnaire). */
export interface InterestActivity {
  readonly letter: RiasecLetter;
  readonly activity: string;
  /** `General` or `Basic` as O*NET labels it. */
  readonly interestType: string;
  /** For `Basic` activities: the basic interest (e.g. "Mechanics/Electronics"). */
  readonly basicInterest?: string;
  /** Every RIASEC area the activity's interest maps to (some basic interests map to two); first = `letter`. */
  readonly letters?: readonly RiasecLetter[];
}

/** A level-scale anchor: what level N of an element looks like. */
export interface LevelAnchor {
  readonly elementId: string;
  readonly level: number;
  readonly description: string;
}

/** Where the catalog came from: releases and a fingerprint of the source files. */
export interface CatalogSource {
  readonly onetRelease: string;
  readonly blsRelease: string;
  /** Hash over the source files' names, sizes and contents or mtimes, to detect changes. */
  readonly fingerprint: string;
}

/** The whole catalog: every O*NET-SOC occupation plus reference tables. Readonly plain data. */
export interface Catalog {
  readonly source: CatalogSource;
  /** All 1,016 occupations, sorted by code. */
  readonly occupations: readonly Occupation[];
  readonly knowledge: readonly ElementDescriptor[];
  readonly abilities: readonly ElementDescriptor[];
  readonly workStyles: readonly ElementDescriptor[];
  readonly jobZones: readonly JobZoneInfo[];
  readonly interestActivities: readonly InterestActivity[];
  /** Level anchors for the 35 skills (and other elements), from Level Scale Anchors. */
  readonly levelAnchors: readonly LevelAnchor[];
  /** RL education category labels (index 0 = category 1). */
  readonly educationCategories: readonly string[];
}

/** True when the occupation's profile is estimated rather than rated by O*NET. */
export function isProfileEstimated(occupation: Pick<Occupation, 'profileEstimate'>): boolean {
  return occupation.profileEstimate !== undefined;
}
