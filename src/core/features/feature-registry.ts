import { CONTEXT_FEATURES } from './context-features.js';
import type { FeatureBlock, FeatureFactor, FeatureGroup, FeatureSpec } from './feature-spec.js';
import { PROFILE_DIMENSION_NAMES } from './vector-layout.js';

export type { FeatureBlock, FeatureGroup, FeatureSpec } from './feature-spec.js';
export { CONTEXT_FEATURES, type ContextRole } from './context-features.js';

const groupOfDimension = (name: string): FeatureGroup =>
  name.startsWith('skill:') ? 'skills' : name.startsWith('interest:') ? 'interests' : 'values';

/**
 * The factor of a profile-dimension feature: none for the person's own vector (the same for
 * every career), the occupation's overall profile for the career's, and for the fit block the
 * skill itself, "your interests" or "what you value at work".
 */
function dimensionFactor(block: FeatureBlock, group: FeatureGroup, label: string) {
  if (block === 'user') return null;
  if (block === 'career') {
    return {
      id: 'career-profile',
      kind: 'career-profile',
      label: "the occupation's overall profile",
    } satisfies FeatureFactor;
  }
  if (group === 'skills') return { id: `skill:${label}`, kind: 'skill', label } as const;
  if (group === 'interests')
    return { id: 'interests', kind: 'interests', label: 'your interests' } as const;
  return { id: 'values', kind: 'values', label: 'what you value at work' } as const;
}

const dimensionSpecs = (block: FeatureBlock): FeatureSpec[] =>
  PROFILE_DIMENSION_NAMES.map((dim) => {
    const group = groupOfDimension(dim);
    const label = dim.slice(dim.indexOf(':') + 1);
    return {
      name: `${block}:${dim}`,
      block,
      group,
      label,
      factor: dimensionFactor(block, group, label),
    };
  });

/**
 * Every feature of the pair vector, in order: user vector (47), career vector (47), fit (47:
 * the person's strength × the career's emphasis, per dimension) and the context features
 * (context-features.ts).
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
