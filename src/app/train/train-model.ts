import { FEATURE_NAMES } from '../../core/features/index.js';
import {
  accuracy,
  applyScaler,
  brierScore,
  calibrationTable,
  confusionMatrix,
  createLogisticModel,
  describeCoefficients,
  fitLogisticRegression,
  fitStandardScaler,
  fillMissingWithMean,
  hashFeatureNames,
  logLoss,
  predictProbaMany,
  rocAuc,
  toModelJson,
  type CalibrationBin,
  type ConfusionMatrix,
  type LogisticModel,
  type ModelJson,
  type NamedCoefficient,
  type Penalty,
} from '../../core/model/index.js';
import { createRng } from '../../core/random/index.js';
import {
  createLinearScorer,
  type MatchCalibration,
  type Scorer,
} from '../../core/ranking/index.js';
import { buildGroundTruth, foldOf } from '../related/index.js';
import { toOnetRatedContext, type RecommenderContext } from '../recommend/index.js';
import { fitMatchCalibration } from './fit-match-calibration.js';
import {
  countByKind,
  generateTrainingPairs,
  toTrainingMatrix,
  type TrainingPair,
  type TrainingRecipe,
} from './training-pairs.js';

/** Options of one training run. */
export interface TrainOptions {
  readonly pairs: number;
  readonly seed: number;
  readonly recipe: TrainingRecipe;
  readonly C?: number;
  readonly penalty?: Penalty;
  readonly l1Ratio?: number;
  /** Restrict related-occupation sources (cross-validation); default every source. */
  readonly relatedSources?: readonly number[];
  /** Extra labelled pairs (stored feedback) added to the training part with their weights. */
  readonly extraPairs?: readonly TrainingPair[];
  /** Blended recipe: share of related-occupation pairs (default BLENDED_MIX). */
  readonly relatedShare?: number;
  /** Share of related-occupation queries that are full profiles (default BLENDED_MIX). */
  readonly fullShare?: number;
  /** Feature names held at 0 in training, so the model does without them (ablations). */
  readonly excludeFeatures?: readonly string[];
  /**
   * The hash fold of source occupations held out of training (default TEST_FOLD): the test
   * split, and the sources the match calibration is fitted on.
   */
  readonly heldOutFold?: number;
  /** Sources the match calibration is fitted on (default: the held-out fold's). */
  readonly calibrationSources?: readonly number[];
}

/** The training story: data, split, metrics and the strongest coefficients. */
export interface TrainingReport {
  readonly recipe: TrainingRecipe;
  readonly seed: number;
  readonly pairs: number;
  readonly countsByType: Readonly<Record<string, number>>;
  readonly positives: number;
  readonly trainPairs: number;
  readonly testPairs: number;
  /** Fractions in 0–1. */
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  readonly rocAuc: number;
  readonly logLoss: number;
  readonly brierScore: number;
  readonly confusion: ConfusionMatrix;
  readonly calibration: readonly CalibrationBin[];
  readonly featureCount: number;
  readonly nonZeroCoefficients: number;
  readonly topCoefficients: readonly NamedCoefficient[];
  readonly iterations: number;
  readonly converged: boolean;
}

/** A trained model: its artifact, a scorer over it and the report. */
export interface TrainedModel {
  readonly version: string;
  readonly artifact: ModelJson;
  readonly model: LogisticModel;
  /** The logistic model's scorer; the service wraps it with query expansion to rank. */
  readonly scorer: Scorer;
  readonly report: TrainingReport;
  /** The held-out synthetic pairs (for comparing models on the same data). */
  readonly heldOutPairs: readonly TrainingPair[];
}

/** Share of source occupations held out for the test split (by a hash of their code). */
export const TEST_FOLD = 0;
/** Number of hash folds; one of them is the test split (20%). */
export const SPLIT_FOLDS = 5;

/**
 * The scorer of a logistic model over the pair features (its probabilities: held-out metrics and
 * retrain comparisons use these; the product ranks with toExpandedScorer over it).
 */
export function toScorer(
  version: string,
  model: LogisticModel,
  matchCalibration: MatchCalibration | null = null,
): Scorer {
  return createLinearScorer({
    version,
    weights: model.weights,
    intercept: model.intercept,
    mean: model.scaler?.mean ?? new Float64Array(model.weights.length),
    scale: model.scaler?.scale ?? new Float64Array(model.weights.length).fill(1),
    matchCalibration,
  });
}

/**
 * Trains the logistic model: generates seeded pairs (O*NET-rated careers only), holds out the pairs whose source
 * occupation falls in one hash fold (so no person is in both parts), standardizes, fits, and
 * reports held-out metrics. `createdAt` comes from the caller's clock.
 */
export function trainModel(
  ctx: RecommenderContext,
  options: TrainOptions,
  createdAt: string,
): TrainedModel {
  const rng = createRng(options.seed);
  // Pairs and calibration come from O*NET-rated careers only; the matrices read `ctx`, whose
  // careers share those indices (and may add feedback on estimated careers in `extraPairs`).
  const rated = toOnetRatedContext(ctx);
  const truth = buildGroundTruth(rated);
  const generated = generateTrainingPairs(rated, truth, options, rng.fork('pairs'));
  const heldOut = options.heldOutFold ?? TEST_FOLD;
  const isHeldOut = (source: number) => foldOf(ctx.codes[source]!, SPLIT_FOLDS) === heldOut;
  const isTest = (p: TrainingPair) => isHeldOut(p.sourceIndex);
  const trainPairs = [...generated.filter((p) => !isTest(p)), ...(options.extraPairs ?? [])];
  const testPairs = generated.filter(isTest);
  const excluded = (options.excludeFeatures ?? []).map((name) => {
    const j = FEATURE_NAMES.indexOf(name);
    if (j < 0) throw new Error(`unknown feature ${name}`);
    return j;
  });
  const train = toTrainingMatrix(ctx, trainPairs, excluded);
  const test = toTrainingMatrix(ctx, testPairs, excluded);
  const scaler = fitStandardScaler(train.x);
  // Features that do not apply to a pair's person are NaN: their column's mean from here on.
  fillMissingWithMean(scaler, train.x);
  fillMissingWithMean(scaler, test.x);
  const fit = fitLogisticRegression(applyScaler(scaler, train.x), train.y, {
    C: options.C ?? 1,
    penalty: options.penalty ?? 'l2',
    l1Ratio: options.l1Ratio,
    sampleWeight: train.weights,
    maxIter: 1000,
  });
  const model = createLogisticModel(fit, scaler);
  const pTrain = predictProbaMany(model, train.x);
  const pTest = predictProbaMany(model, test.x);
  const metrics = {
    trainAccuracy: accuracy(train.y, pTrain),
    testAccuracy: accuracy(test.y, pTest),
    rocAuc: rocAuc(test.y, pTest),
    logLoss: logLoss(test.y, pTest),
    brierScore: brierScore(test.y, pTest),
  };
  const report: TrainingReport = {
    recipe: options.recipe,
    seed: options.seed,
    pairs: generated.length,
    countsByType: countByKind(generated),
    positives: generated.filter((p) => p.label === 1).length,
    trainPairs: trainPairs.length,
    testPairs: testPairs.length,
    ...metrics,
    confusion: confusionMatrix(test.y, pTest),
    calibration: calibrationTable(test.y, pTest),
    featureCount: FEATURE_NAMES.length,
    nonZeroCoefficients: fit.nonZeroCount,
    topCoefficients: describeCoefficients(model.weights, FEATURE_NAMES, 12),
    iterations: fit.iterations,
    converged: fit.converged,
  };
  const version = `lr-${createdAt.replace(/[^0-9]/g, '').slice(0, 14)}-${hashFeatureNames([
    ...FEATURE_NAMES,
    options.recipe,
    String(options.seed),
    String(options.pairs),
  ])
    .replace(/^.*:/, '')
    .slice(0, 8)}`;
  // The seed-style recipe never sees Related Occupations, so it gets no calibration against them.
  const matchCalibration =
    options.recipe === 'synthetic'
      ? null
      : fitMatchCalibration(
          rated,
          toScorer(version, model),
          truth,
          options.calibrationSources ?? [...truth.keys()].filter(isHeldOut),
          options.seed,
        );
  const artifact = toModelJson(model, {
    featureNames: FEATURE_NAMES,
    training: {
      params: fit.params,
      seed: options.seed,
      pairs: trainPairs.length,
      iterations: fit.iterations,
      converged: fit.converged,
    },
    dataRelease: ctx.catalog.source,
    metrics: {
      ...metrics,
      nonZeroCoefficients: fit.nonZeroCount,
      featureCount: FEATURE_NAMES.length,
    },
    createdAt,
    matchCalibration,
  });
  return {
    version,
    artifact,
    model,
    scorer: toScorer(version, model, matchCalibration),
    report,
    heldOutPairs: testPairs,
  };
}
