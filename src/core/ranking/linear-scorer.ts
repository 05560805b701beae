import {
  CONTEXT_FEATURES,
  CONTEXT_START,
  FEATURE_COUNT,
  PROFILE_DIMENSIONS,
  buildPairFeatures,
  writeContextFeatures,
  type CareerProfile,
  type UserContext,
} from '../features/index.js';
import type { Scorer } from './scorer.js';

/** What the ranking needs of a trained logistic model: weights over standardized features. */
export interface LinearModelParams {
  readonly version: string;
  readonly weights: ArrayLike<number>;
  readonly intercept: number;
  /** Scaler mean and scale per feature (x' = (x − mean) / scale). */
  readonly mean: ArrayLike<number>;
  readonly scale: ArrayLike<number>;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** The logistic score of one feature vector: σ(b + Σ wⱼ (xⱼ − meanⱼ) / scaleⱼ). */
export function linearProbability(model: LinearModelParams, x: ArrayLike<number>): number {
  let z = model.intercept;
  for (let j = 0; j < x.length; j++)
    z += (model.weights[j]! * (x[j]! - model.mean[j]!)) / model.scale[j]!;
  return sigmoid(z);
}

/**
 * A scorer for a logistic model. The career-only part of the score and the per-dimension fit
 * weights are folded into per-career constants once, so scoring one person against every
 * occupation is one short dot product per career (same numbers as linearProbability).
 */
export function createLinearScorer(model: LinearModelParams): Scorer {
  if (model.weights.length !== FEATURE_COUNT) {
    throw new Error(`model has ${model.weights.length} weights, features are ${FEATURE_COUNT}`);
  }
  const d = PROFILE_DIMENSIONS;
  const w = Float64Array.from(
    { length: FEATURE_COUNT },
    (_, j) => model.weights[j]! / model.scale[j]!,
  );
  let bias = model.intercept;
  for (let j = 0; j < FEATURE_COUNT; j++) bias -= w[j]! * model.mean[j]!;
  const cache = new WeakMap<CareerProfile, { constant: number; fit: Float64Array }>();
  const probe = new Float64Array(FEATURE_COUNT);

  const prepared = (career: CareerProfile, user: UserContext) => {
    let entry = cache.get(career);
    if (!entry) {
      const fit = new Float64Array(d);
      let constant = 0;
      for (let i = 0; i < d; i++) {
        constant += w[d + i]! * career.vector[i]!;
        fit[i] = w[2 * d + i]! * career.emphasis[i]!;
      }
      // Career-only context features: growth, bright outlook, openings (see FEATURES).
      writeContextFeatures(user, career, probe, CONTEXT_START);
      for (const j of CAREER_CONTEXT_OFFSETS)
        constant += w[CONTEXT_START + j]! * probe[CONTEXT_START + j]!;
      entry = { constant, fit };
      cache.set(career, entry);
    }
    return entry;
  };

  return {
    kind: 'ml',
    version: model.version,
    scoreAll(user: UserContext, careers: readonly CareerProfile[], out: Float64Array) {
      const u = user.vector;
      const s = user.strength;
      let userPart = bias;
      if (careers.length === 0) return;
      // Person-only context features are the same for every career; read them off the first.
      writeContextFeatures(user, careers[0]!, userBuffer, CONTEXT_START);
      for (const j of USER_CONTEXT_OFFSETS)
        userPart += w[CONTEXT_START + j]! * userBuffer[CONTEXT_START + j]!;
      for (let i = 0; i < d; i++) userPart += w[i]! * u[i]!;
      for (let c = 0; c < careers.length; c++) {
        const career = careers[c]!;
        const { constant, fit } = prepared(career, user);
        let z = userPart + constant;
        for (let i = 0; i < d; i++) z += fit[i]! * s[i]!;
        z += pairContext(user, career, w);
        out[c] = sigmoid(z);
      }
    },
    scoreOne(user: UserContext, career: CareerProfile) {
      return linearProbability(model, buildPairFeatures(user, career));
    },
    contributions(user: UserContext, career: CareerProfile) {
      const x = buildPairFeatures(user, career);
      return x.map((v, j) => (model.weights[j]! * (v - model.mean[j]!)) / model.scale[j]!);
    },
  };
}

const offsetsOf = (block: string) =>
  CONTEXT_FEATURES.flatMap((f, i) => (f.block === block ? [i] : []));

/** Offsets (within the context block) of the career-only features. */
const CAREER_CONTEXT_OFFSETS = offsetsOf('career');

/** Offsets (within the context block) of the features that depend on both sides. */
const PAIR_CONTEXT_OFFSETS = offsetsOf('context');

/** Offsets (within the context block) of the person-only features. */
const USER_CONTEXT_OFFSETS = offsetsOf('user');

const contextBuffer = new Float64Array(FEATURE_COUNT);
const userBuffer = new Float64Array(FEATURE_COUNT);

/** The user-dependent context features' part of the logit (salary, job zone, interests, skills). */
function pairContext(user: UserContext, career: CareerProfile, w: Float64Array): number {
  writeContextFeatures(user, career, contextBuffer, CONTEXT_START);
  let z = 0;
  for (const j of PAIR_CONTEXT_OFFSETS)
    z += w[CONTEXT_START + j]! * contextBuffer[CONTEXT_START + j]!;
  return z;
}
