import { buildPairFeatures, type CareerProfile, type UserContext } from '../features/index.js';
import { sigmoid } from '../model/index.js';
import { careerColumnsOf } from './career-columns.js';
import {
  careerLogit,
  toFoldedWeights,
  userLogit,
  type LinearModelParams,
} from './folded-weights.js';
import { addPairLogits } from './pair-logits.js';
import type { Scorer } from './scorer.js';

/** Feature j's part of the logit, wⱼ (xⱼ − meanⱼ) / scaleⱼ; 0 for a missing (NaN) feature. */
const termOf = (model: LinearModelParams, x: ArrayLike<number>, j: number) =>
  x[j] !== x[j] ? 0 : (model.weights[j]! * (x[j]! - model.mean[j]!)) / model.scale[j]!;

/**
 * The logistic score of one feature vector: σ(b + Σ wⱼ (xⱼ − meanⱼ) / scaleⱼ), a missing (NaN)
 * feature taken at its mean (a feature that does not apply to the person adds nothing).
 */
export function linearProbability(model: LinearModelParams, x: ArrayLike<number>): number {
  let z = model.intercept;
  for (let j = 0; j < x.length; j++) z += termOf(model, x, j);
  return sigmoid(z);
}

/**
 * A scorer for a logistic model. The logit splits into a person-only part (once per request), a
 * career-only part (once per careers array and model) and the pair part, which addPairLogits
 * adds for all careers at once from the careers' column layout; so scoring one person against
 * every occupation never builds a feature vector (same numbers as linearProbability, up to
 * rounding). scoreOne and contributions build the full vector (explanations). The model's match
 * calibration (if any) rides along for the expanded scorer built over it.
 */
export function createLinearScorer(model: LinearModelParams): Scorer {
  const fw = toFoldedWeights(model);
  const constants = new WeakMap<readonly CareerProfile[], Float64Array>();
  // Per career too: a selection of a few careers (match ranges) is a new array every request.
  const ofCareer = new WeakMap<CareerProfile, number>();
  const logitOf = (career: CareerProfile) => {
    let z = ofCareer.get(career);
    if (z === undefined) ofCareer.set(career, (z = careerLogit(fw, career)));
    return z;
  };
  const careerLogits = (careers: readonly CareerProfile[]) => {
    let logits = constants.get(careers);
    if (!logits || logits.length !== careers.length) {
      logits = Float64Array.from(careers, logitOf);
      constants.set(careers, logits);
    }
    return logits;
  };

  return {
    kind: 'ml',
    version: model.version,
    matchCalibration: model.matchCalibration ?? null,
    scoreAll(user: UserContext, careers: readonly CareerProfile[], out: Float64Array) {
      const n = careers.length;
      const z = out.length === n ? out : new Float64Array(n);
      const base = userLogit(fw, user);
      const logits = careerLogits(careers);
      for (let c = 0; c < n; c++) z[c] = base + logits[c]!;
      addPairLogits(z, careers, careerColumnsOf(careers), user, fw);
      for (let c = 0; c < n; c++) out[c] = sigmoid(z[c]!);
    },
    scoreOne(user: UserContext, career: CareerProfile) {
      return linearProbability(model, buildPairFeatures(user, career));
    },
    contributions(user: UserContext, career: CareerProfile) {
      const x = buildPairFeatures(user, career);
      return x.map((_, j) => termOf(model, x, j));
    },
  };
}

export type { LinearModelParams };
