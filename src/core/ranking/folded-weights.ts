import {
  CONTEXT_FEATURES,
  CONTEXT_START,
  FEATURE_COUNT,
  PROFILE_DIMENSIONS,
  growthFeature,
  openingsFeature,
  skillsStatedFeature,
  type CareerProfile,
  type UserContext,
} from '../features/index.js';
import type { MatchCalibration } from './match-calibration.js';

/** What the ranking needs of a trained logistic model: weights over standardized features. */
export interface LinearModelParams {
  readonly version: string;
  readonly weights: ArrayLike<number>;
  readonly intercept: number;
  /** Scaler mean and scale per feature (x' = (x − mean) / scale). */
  readonly mean: ArrayLike<number>;
  readonly scale: ArrayLike<number>;
  /** Calibration of the product's expanded scores over this model, when it was fitted. */
  readonly matchCalibration?: MatchCalibration | null;
}

/** The context features by role, each mapped to its name in the feature registry. */
const CONTEXT_NAMES = {
  skillsStated: 'user:skills_stated',
  salaryFit: 'pair:salary_fit',
  jobZoneStepUp: 'pair:job_zone_step_up',
  jobZoneStepDown: 'pair:job_zone_step_down',
  growth: 'career:growth',
  brightOutlook: 'career:bright_outlook',
  openings: 'career:openings',
  interestFirstMatch: 'pair:interest_first_match',
  interestCodeOverlap: 'pair:interest_code_overlap',
  topSkillCoverage: 'pair:top_skill_coverage',
  valueTopMatch: 'pair:value_top_match',
  skillShortfall: 'pair:skill_shortfall',
  skillSurplus: 'pair:skill_surplus',
  skillAlignment: 'pair:skill_alignment',
  skillLevelCorrelation: 'pair:skill_level_correlation',
  interestCorrelation: 'pair:interest_correlation',
  valueCorrelation: 'pair:value_correlation',
  profileCosine: 'pair:profile_cosine',
  jobZoneDistance: 'pair:job_zone_distance',
  skillEmphasisSimilarity: 'pair:skill_emphasis_similarity',
  abilitySimilarity: 'pair:ability_similarity',
  workStyleSimilarity: 'pair:work_style_similarity',
  sameMinorGroup: 'pair:same_minor_group',
  sameMajorGroup: 'pair:same_major_group',
  technologySimilarity: 'pair:technology_similarity',
} as const;

/** The folded weight (wⱼ / scaleⱼ) of each context feature, by role. */
export type ContextWeights = { readonly [K in keyof typeof CONTEXT_NAMES]: number };

/**
 * A logistic model rewritten on raw features: logit = bias + Σ foldedⱼ · xⱼ, where
 * foldedⱼ = wⱼ / scaleⱼ and bias = intercept − Σ foldedⱼ · meanⱼ (the scaler folded in).
 */
export interface FoldedWeights {
  readonly bias: number;
  /** Folded weights of the user, career and fit blocks (PROFILE_DIMENSIONS each). */
  readonly user: Float64Array;
  readonly career: Float64Array;
  readonly fit: Float64Array;
  readonly context: ContextWeights;
}

/**
 * Folds the scaler into the weights. Throws when the model does not fit the feature registry,
 * or when the registry has a context feature this fold does not know (so a new feature cannot be
 * silently left out of fast scoring).
 */
export function toFoldedWeights(model: LinearModelParams): FoldedWeights {
  if (model.weights.length !== FEATURE_COUNT) {
    throw new Error(`model has ${model.weights.length} weights, features are ${FEATURE_COUNT}`);
  }
  const names = Object.values(CONTEXT_NAMES) as string[];
  const unknown = CONTEXT_FEATURES.filter((f) => !names.includes(f.name)).map((f) => f.name);
  if (unknown.length > 0 || names.length !== CONTEXT_FEATURES.length) {
    throw new Error(`linear scorer has no fold for context features: ${unknown.join(', ')}`);
  }
  const folded = Float64Array.from(
    { length: FEATURE_COUNT },
    (_, j) => model.weights[j]! / model.scale[j]!,
  );
  let bias = model.intercept;
  for (let j = 0; j < FEATURE_COUNT; j++) bias -= folded[j]! * model.mean[j]!;
  const d = PROFILE_DIMENSIONS;
  const at = (name: string) => CONTEXT_START + CONTEXT_FEATURES.findIndex((f) => f.name === name);
  const context = Object.fromEntries(
    Object.entries(CONTEXT_NAMES).map(([role, name]) => [role, folded[at(name)]!]),
  ) as ContextWeights;
  return {
    bias,
    user: folded.slice(0, d),
    career: folded.slice(d, 2 * d),
    fit: folded.slice(2 * d, 3 * d),
    context,
  };
}

/** The person-only part of the logit: bias, user block and person-only context features. */
export function userLogit(fw: FoldedWeights, user: UserContext): number {
  let z = fw.bias + fw.context.skillsStated * skillsStatedFeature(user);
  for (let i = 0; i < PROFILE_DIMENSIONS; i++) z += fw.user[i]! * user.vector[i]!;
  return z;
}

/** The career-only part of the logit: career block and the outlook features. */
export function careerLogit(fw: FoldedWeights, career: CareerProfile): number {
  const c = fw.context;
  let z =
    c.growth * growthFeature(career) +
    c.brightOutlook * (career.brightOutlook ? 1 : 0) +
    c.openings * openingsFeature(career);
  for (let i = 0; i < PROFILE_DIMENSIONS; i++) z += fw.career[i]! * career.vector[i]!;
  return z;
}
