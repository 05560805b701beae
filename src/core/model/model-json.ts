import type { CatalogSource } from '../domain/index.js';
import { AppError } from '../../errors.js';
import { hashFeatureNames } from './feature-hash.js';
import type { LogisticRegressionParams } from './logistic-regression.js';
import type { IsotonicMap } from './isotonic-regression.js';
import { createLogisticModel, type LogisticModel } from './logistic-model.js';
import { MODEL_SCHEMA_VERSION, modelJsonSchema, type ModelJson } from './model-json-schema.js';

/** How a model was trained, stored with it for reproducibility. */
export interface ModelTraining {
  readonly params: LogisticRegressionParams;
  readonly seed: number;
  /** Number of labelled user–career pairs used for fitting. */
  readonly pairs: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/** Everything stored beside the weights; `createdAt` is passed in (the core reads no clock). */
export interface ModelMeta {
  readonly featureNames: readonly string[];
  readonly training: ModelTraining;
  readonly dataRelease: CatalogSource;
  /** Held-out evaluation numbers (accuracy, rocAuc, …); null where undefined. */
  readonly metrics: Readonly<Record<string, number | null>>;
  /** ISO-8601 timestamp. */
  readonly createdAt: string;
  /** Calibration of the product's match score over this model, when one was fitted. */
  readonly matchCalibration?: IsotonicMatchMaps | null;
}

/** Two monotone score → probability maps (profiles inferred from a job, stated profiles). */
export interface IsotonicMatchMaps {
  readonly inferred: IsotonicMap;
  readonly stated: IsotonicMap;
}

/** A model artifact parsed and checked: the model and its metadata. */
export interface ParsedModelJson {
  readonly model: LogisticModel;
  readonly meta: ModelMeta & { readonly featureRegistryHash: string };
}

const RETRAIN = 'Retrain the model with `careers train`.';

/** Serializes a model to the versioned plain-JSON artifact; the registry hash is computed here. */
export function toModelJson(model: LogisticModel, meta: ModelMeta): ModelJson {
  if (model.weights.length !== meta.featureNames.length) {
    throw new RangeError(
      `model has ${model.weights.length} weights but ${meta.featureNames.length} feature names`,
    );
  }
  return {
    schemaVersion: MODEL_SCHEMA_VERSION,
    kind: 'logistic-regression',
    featureNames: [...meta.featureNames],
    featureRegistryHash: hashFeatureNames(meta.featureNames),
    // Before the large arrays: test/reliability/bad-files.test.ts truncates an artifact at the
    // last `,"` before its middle and expects that to be a top-level key.
    ...(meta.matchCalibration
      ? {
          matchCalibration: {
            inferred: {
              x: [...meta.matchCalibration.inferred.x],
              y: [...meta.matchCalibration.inferred.y],
            },
            stated: {
              x: [...meta.matchCalibration.stated.x],
              y: [...meta.matchCalibration.stated.y],
            },
          },
        }
      : {}),
    scaler:
      model.scaler === null
        ? null
        : { mean: Array.from(model.scaler.mean), scale: Array.from(model.scaler.scale) },
    weights: Array.from(model.weights),
    intercept: model.intercept,
    training: {
      params: { ...meta.training.params },
      seed: meta.training.seed,
      pairs: meta.training.pairs,
      iterations: meta.training.iterations,
      converged: meta.training.converged,
    },
    dataRelease: { ...meta.dataRelease },
    metrics: { ...meta.metrics },
    createdAt: meta.createdAt,
  };
}

/**
 * Checks and loads a model artifact (a parsed object, or its JSON text). A corrupt, truncated or
 * malformed artifact throws AppError('MODEL_INVALID'); one built for another feature layout
 * (registry hash differs from `expectedFeatureRegistryHash`) or another schema version throws
 * AppError('MODEL_INCOMPATIBLE'). Both messages tell the user to retrain.
 */
export function fromModelJson(json: unknown, expectedFeatureRegistryHash: string): ParsedModelJson {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new AppError(
        'MODEL_INVALID',
        `The model file is not valid JSON (${(error as Error).message}); it may be truncated. ${RETRAIN}`,
      );
    }
  }
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== MODEL_SCHEMA_VERSION) {
    throw new AppError(
      'MODEL_INCOMPATIBLE',
      `The model file has schema version ${version}; this version of the program reads ` +
        `version ${MODEL_SCHEMA_VERSION}. ${RETRAIN}`,
      { schemaVersion: version, expected: MODEL_SCHEMA_VERSION },
    );
  }
  const parsed = modelJsonSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new AppError(
      'MODEL_INVALID',
      `The model file is invalid (${problems.join('; ')}). ${RETRAIN}`,
      { problems },
    );
  }
  const m = parsed.data;
  const ownHash = hashFeatureNames(m.featureNames);
  if (ownHash !== m.featureRegistryHash) {
    throw new AppError(
      'MODEL_INVALID',
      `The model file's featureRegistryHash does not match its own feature names (file edited or corrupt). ${RETRAIN}`,
    );
  }
  if (m.featureRegistryHash !== expectedFeatureRegistryHash) {
    throw new AppError(
      'MODEL_INCOMPATIBLE',
      `The model was trained on a different feature layout (${m.featureRegistryHash}, this ` +
        `program uses ${expectedFeatureRegistryHash}). ${RETRAIN}`,
      { found: m.featureRegistryHash, expected: expectedFeatureRegistryHash },
    );
  }
  const scaler =
    m.scaler === null
      ? null
      : { mean: Float64Array.from(m.scaler.mean), scale: Float64Array.from(m.scaler.scale) };
  const model = createLogisticModel(
    { weights: Float64Array.from(m.weights), intercept: m.intercept },
    scaler,
  );
  return {
    model,
    meta: {
      featureNames: m.featureNames,
      featureRegistryHash: m.featureRegistryHash,
      training: m.training,
      dataRelease: m.dataRelease,
      metrics: m.metrics,
      createdAt: m.createdAt,
      ...(m.matchCalibration ? { matchCalibration: m.matchCalibration } : {}),
    },
  };
}
