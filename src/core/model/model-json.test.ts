import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { hashFeatureNames } from './feature-hash.js';
import { createLogisticModel, predictProba } from './logistic-model.js';
import { fitLogisticRegression } from './logistic-regression.js';
import { makeNoisyProblem } from '../../../test/support/make-noisy-problem.js';
import { matrixRow } from './matrix.js';
import { fromModelJson, toModelJson, type ModelMeta } from './model-json.js';
import { MODEL_SCHEMA_VERSION } from './model-json-schema.js';
import { applyScaler, fitStandardScaler } from './standard-scaler.js';

const { x, y } = makeNoisyProblem(6, 120, 4);
const scaler = fitStandardScaler(x);
const fit = fitLogisticRegression(applyScaler(scaler, x), y, { C: 0.5 });
const model = createLogisticModel(fit, scaler);
const featureNames = ['fit:skill:Writing', 'career:growth', 'user:interest:Social', 'pair:x'];
const expectedHash = hashFeatureNames(featureNames);
const meta: ModelMeta = {
  featureNames,
  training: {
    params: fit.params,
    seed: 42,
    pairs: 120,
    iterations: fit.iterations,
    converged: fit.converged,
  },
  dataRelease: { onetRelease: '30.1', blsRelease: '2024', fingerprint: 'abc123' },
  metrics: { accuracy: 0.81, rocAuc: 0.88, logLoss: null },
  createdAt: '2025-01-02T03:04:05.000Z',
};

/** Expects `fn` to throw an AppError with `code` and returns its message. */
function appErrorOf(fn: () => unknown, code: string): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return (error as AppError).message;
  }
  throw new Error(`expected AppError ${code}`);
}

describe('toModelJson / fromModelJson', () => {
  it('round-trips through JSON text with bit-identical predictions and metadata', () => {
    const text = JSON.stringify(toModelJson(model, meta));
    const loaded = fromModelJson(text, expectedHash);
    for (let i = 0; i < x.nRows; i++) {
      expect(predictProba(loaded.model, matrixRow(x, i))).toBe(
        predictProba(model, matrixRow(x, i)),
      );
    }
    expect(loaded.meta).toEqual({ ...meta, featureRegistryHash: expectedHash });
    expect(Array.from(loaded.model.weights)).toEqual(Array.from(model.weights));
  });

  it('round-trips the match calibration and refuses a map that decreases', () => {
    const matchCalibration = {
      inferred: { x: [0.1, 0.5, 0.9], y: [0.05, 0.2, 0.6] },
      stated: { x: [0.2, 0.8], y: [0.1, 0.4] },
    };
    const text = JSON.stringify(toModelJson(model, { ...meta, matchCalibration }));
    expect(fromModelJson(text, expectedHash).meta.matchCalibration).toEqual(matchCalibration);
    const bad = { ...matchCalibration, stated: { x: [0.2, 0.8], y: [0.4, 0.1] } };
    const badText = JSON.stringify(toModelJson(model, { ...meta, matchCalibration: bad }));
    expect(() => fromModelJson(badText, expectedHash)).toThrow(/y must not decrease/);
  });

  it('writes a versioned plain-JSON artifact with the registry hash of its feature names', () => {
    const json = toModelJson(model, meta);
    expect(json.schemaVersion).toBe(MODEL_SCHEMA_VERSION);
    expect(json.kind).toBe('logistic-regression');
    expect(json.featureRegistryHash).toBe(expectedHash);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(fromModelJson(json, expectedHash).meta.createdAt).toBe(meta.createdAt);
  });

  it('refuses to write a model whose weights do not match the feature names', () => {
    expect(() => toModelJson(model, { ...meta, featureNames: ['a'] })).toThrow(RangeError);
  });

  it('reports a truncated file as MODEL_INVALID and says to retrain', () => {
    const text = JSON.stringify(toModelJson(model, meta));
    const message = appErrorOf(
      () => fromModelJson(text.slice(0, 200), expectedHash),
      'MODEL_INVALID',
    );
    expect(message).toMatch(/careers train/);
  });

  it.each([
    ['missing weights', (j: Record<string, unknown>) => delete j.weights],
    ['wrong weight count', (j: Record<string, unknown>) => (j.weights = [1, 2])],
    ['a non-numeric weight', (j: Record<string, unknown>) => ((j.weights as unknown[])[0] = 'x')],
    ['a NaN intercept', (j: Record<string, unknown>) => (j.intercept = Number.NaN)],
    [
      'a zero scale',
      (j: Record<string, unknown>) => ((j.scaler as { scale: number[] }).scale[1] = 0),
    ],
    ['another kind', (j: Record<string, unknown>) => (j.kind = 'random-forest')],
    [
      'a bad penalty',
      (j: Record<string, unknown>) =>
        ((j.training as { params: { penalty: string } }).params.penalty = 'l3'),
    ],
    [
      'edited feature names',
      (j: Record<string, unknown>) => ((j.featureNames as string[])[0] = 'x'),
    ],
  ])('reports %s as MODEL_INVALID', (_, corrupt) => {
    const json = JSON.parse(JSON.stringify(toModelJson(model, meta))) as Record<string, unknown>;
    corrupt(json);
    appErrorOf(() => fromModelJson(json, expectedHash), 'MODEL_INVALID');
  });

  it('reports non-objects as MODEL_INVALID', () => {
    appErrorOf(() => fromModelJson(null, expectedHash), 'MODEL_INVALID');
    appErrorOf(() => fromModelJson('[]', expectedHash), 'MODEL_INVALID');
  });

  it('reports a model built for another feature layout as MODEL_INCOMPATIBLE, naming the fix', () => {
    const json = toModelJson(model, meta);
    const other = hashFeatureNames([...featureNames, 'pair:new_feature']);
    const message = appErrorOf(() => fromModelJson(json, other), 'MODEL_INCOMPATIBLE');
    expect(message).toMatch(/different feature layout/);
    expect(message).toMatch(/careers train/);
  });

  it('reports another schema version as MODEL_INCOMPATIBLE', () => {
    const json = { ...toModelJson(model, meta), schemaVersion: 1 };
    expect(appErrorOf(() => fromModelJson(json, expectedHash), 'MODEL_INCOMPATIBLE')).toMatch(
      /schema version 1/,
    );
  });
});
