import { PROFILE_DIMENSION_NAMES } from './vector-layout.js';

/** What part of the pair a feature describes. */
export type FeatureBlock = 'user' | 'career' | 'fit' | 'context';

/** The group a person understands, used to phrase explanations. */
export type FeatureGroup =
  'skills' | 'interests' | 'values' | 'salary' | 'education' | 'outlook' | 'profile';

/** One named feature of the pair vector. */
export interface FeatureSpec {
  /** Stable name, e.g. `fit:skill:Programming`; used by training reports and explanations. */
  readonly name: string;
  readonly block: FeatureBlock;
  readonly group: FeatureGroup;
  /** The O*NET element or idea the feature is about, in plain words (e.g. `Programming`). */
  readonly label: string;
}

const groupOfDimension = (name: string): FeatureGroup =>
  name.startsWith('skill:') ? 'skills' : name.startsWith('interest:') ? 'interests' : 'values';

const dimensionSpecs = (block: FeatureBlock): FeatureSpec[] =>
  PROFILE_DIMENSION_NAMES.map((dim) => ({
    name: `${block}:${dim}`,
    block,
    group: groupOfDimension(dim),
    label: dim.slice(dim.indexOf(':') + 1),
  }));

/** The context features, in vector order (see pair-features.ts for their definitions). */
export const CONTEXT_FEATURES: readonly FeatureSpec[] = Object.freeze([
  { name: 'user:skills_stated', block: 'user', group: 'profile', label: 'skills stated' },
  {
    name: 'pair:salary_fit',
    block: 'context',
    group: 'salary',
    label: 'salary against your floor',
  },
  {
    name: 'pair:job_zone_step_up',
    block: 'context',
    group: 'education',
    label: 'more preparation',
  },
  {
    name: 'pair:job_zone_step_down',
    block: 'context',
    group: 'education',
    label: 'less preparation',
  },
  { name: 'career:growth', block: 'career', group: 'outlook', label: 'projected growth' },
  { name: 'career:bright_outlook', block: 'career', group: 'outlook', label: 'Bright Outlook' },
  { name: 'career:openings', block: 'career', group: 'outlook', label: 'annual openings' },
  {
    name: 'pair:interest_first_match',
    block: 'context',
    group: 'interests',
    label: 'top interest',
  },
  {
    name: 'pair:interest_code_overlap',
    block: 'context',
    group: 'interests',
    label: 'interest code',
  },
  { name: 'pair:top_skill_coverage', block: 'context', group: 'skills', label: 'key skills' },
  { name: 'pair:value_top_match', block: 'context', group: 'values', label: 'top work value' },
  { name: 'pair:skill_shortfall', block: 'context', group: 'skills', label: 'skill shortfall' },
  { name: 'pair:skill_surplus', block: 'context', group: 'skills', label: 'skill surplus' },
  { name: 'pair:skill_alignment', block: 'context', group: 'skills', label: 'your skills' },
  {
    name: 'pair:skill_level_correlation',
    block: 'context',
    group: 'skills',
    label: 'your skill profile',
  },
  {
    name: 'pair:interest_correlation',
    block: 'context',
    group: 'interests',
    label: 'interest profile',
  },
  {
    name: 'pair:value_correlation',
    block: 'context',
    group: 'values',
    label: 'work values profile',
  },
  { name: 'pair:profile_cosine', block: 'context', group: 'skills', label: 'overall profile' },
  {
    name: 'pair:job_zone_distance',
    block: 'context',
    group: 'education',
    label: 'preparation level',
  },
  {
    name: 'pair:skill_emphasis_similarity',
    block: 'context',
    group: 'skills',
    label: 'your current job’s skills',
  },
  {
    name: 'pair:ability_similarity',
    block: 'context',
    group: 'skills',
    label: 'your current job’s abilities',
  },
  {
    name: 'pair:work_style_similarity',
    block: 'context',
    group: 'values',
    label: 'your current job’s work styles',
  },
  {
    name: 'pair:same_minor_group',
    block: 'context',
    group: 'education',
    label: 'same occupational field',
  },
  {
    name: 'pair:same_major_group',
    block: 'context',
    group: 'education',
    label: 'same occupational family',
  },
  {
    name: 'pair:technology_similarity',
    block: 'context',
    group: 'skills',
    label: 'tools and technology you use',
  },
]);

/**
 * Every feature of the pair vector, in order: user vector (47), career vector (47), fit (47:
 * the person's strength × the career's emphasis, per dimension) and 25 context features.
 *
 * Why products and not plain differences: a signed difference u − c is a linear combination of
 * the user and career blocks, so a linear model would learn nothing new from it; the product
 * (and the shortfall/surplus sums) are what let a linear model compare the two sides.
 */
export const FEATURES: readonly FeatureSpec[] = Object.freeze([
  ...dimensionSpecs('user'),
  ...dimensionSpecs('career'),
  ...dimensionSpecs('fit'),
  ...CONTEXT_FEATURES,
]);

/** Feature names in vector order. */
export const FEATURE_NAMES: readonly string[] = Object.freeze(FEATURES.map((f) => f.name));

/** Number of pair features. */
export const FEATURE_COUNT = FEATURES.length;
