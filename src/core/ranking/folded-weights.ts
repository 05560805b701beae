import {
  CONTEXT_FEATURES,
  CONTEXT_START,
  FEATURE_COUNT,
  PROFILE_DIMENSIONS,
  featureApplies,
  type CareerProfile,
  type ContextRole,
  type UserContext,
} from '../features/index.js';
import type { MatchCalibration } from './match-calibration.js';
import { KERNEL_ROLES } from './pair-logits.js';

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

/** The folded weight (wⱼ / scaleⱼ) of each context feature, by role. */
export type ContextWeights = { readonly [K in ContextRole]: number };

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
  /**
   * foldedⱼ · meanⱼ of each context feature: added back for a feature that does not apply to the
   * person (whose kernels give 0 there), so it sits at its mean, as in the plain path.
   */
  readonly missing: ContextWeights;
}

/**
 * Folds the scaler into the weights. Throws when the model does not fit the feature registry,
 * or when a context feature says a kernel computes it and none does (so a feature cannot be
 * silently left out of fast scoring).
 */
export function toFoldedWeights(model: LinearModelParams): FoldedWeights {
  if (model.weights.length !== FEATURE_COUNT) {
    throw new Error(`model has ${model.weights.length} weights, features are ${FEATURE_COUNT}`);
  }
  const unknown = CONTEXT_FEATURES.filter(
    (f) => f.fast.kind === 'kernel' && !KERNEL_ROLES.has(f.role),
  ).map((f) => f.name);
  if (unknown.length > 0) {
    throw new Error(`linear scorer has no kernel for context features: ${unknown.join(', ')}`);
  }
  const folded = Float64Array.from(
    { length: FEATURE_COUNT },
    (_, j) => model.weights[j]! / model.scale[j]!,
  );
  let bias = model.intercept;
  for (let j = 0; j < FEATURE_COUNT; j++) bias -= folded[j]! * model.mean[j]!;
  const d = PROFILE_DIMENSIONS;
  const context = Object.fromEntries(
    CONTEXT_FEATURES.map((f, j) => [f.role, folded[CONTEXT_START + j]!]),
  ) as ContextWeights;
  const missing = Object.fromEntries(
    CONTEXT_FEATURES.map((f, j) => [
      f.role,
      folded[CONTEXT_START + j]! * model.mean[CONTEXT_START + j]!,
    ]),
  ) as ContextWeights;
  return {
    bias,
    user: folded.slice(0, d),
    career: folded.slice(d, 2 * d),
    fit: folded.slice(2 * d, 3 * d),
    context,
    missing,
  };
}

/** The context features that depend on the career only. */
const CAREER_ONLY = CONTEXT_FEATURES.flatMap((f) =>
  f.fast.kind === 'career' ? [{ role: f.role, of: f.fast.of }] : [],
);

/**
 * The person-only part of the logit: bias, user block, person-only context features, and the
 * mean of every context feature that does not apply to the person (missing, not 0).
 */
export function userLogit(fw: FoldedWeights, user: UserContext): number {
  let z = fw.bias;
  for (const f of CONTEXT_FEATURES) {
    if (!featureApplies(f, user)) z += fw.missing[f.role];
    else if (f.fast.kind === 'user') z += fw.context[f.role] * f.fast.of(user);
  }
  for (let i = 0; i < PROFILE_DIMENSIONS; i++) z += fw.user[i]! * user.vector[i]!;
  return z;
}

/** The career-only part of the logit: career block and the career-only context features. */
export function careerLogit(fw: FoldedWeights, career: CareerProfile): number {
  let z = 0;
  for (const f of CAREER_ONLY) z += fw.context[f.role] * f.of(career);
  for (let i = 0; i < PROFILE_DIMENSIONS; i++) z += fw.career[i]! * career.vector[i]!;
  return z;
}
