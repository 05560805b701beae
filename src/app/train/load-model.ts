import { FEATURE_NAMES } from '../../core/features/index.js';
import { fromModelJson, hashFeatureNames } from '../../core/model/index.js';
import type { ModelRegistry, StoredModel } from '../ports/index.js';
import type { LoadedModel } from '../service/index.js';
import { toScorer } from './train-model.js';

/** The registry hash of the features this code builds; artifacts must carry the same. */
export const FEATURE_REGISTRY_HASH = hashFeatureNames(FEATURE_NAMES);

/**
 * Turns a stored artifact into a servable model. A corrupt artifact throws MODEL_INVALID, one
 * built for other features MODEL_INCOMPATIBLE (both say to retrain).
 */
export function loadModel(version: string, artifact: unknown): LoadedModel {
  const loaded = fromModelJson(artifact, FEATURE_REGISTRY_HASH);
  return {
    scorer: toScorer(version, loaded.model, loaded.meta.matchCalibration ?? null),
    version,
    metrics: loaded.meta.metrics,
    createdAt: loaded.meta.createdAt,
    dataRelease: `${loaded.meta.dataRelease.onetRelease}; ${loaded.meta.dataRelease.blsRelease}`,
  };
}

/** Loads the registry's active model, or null when none is active. */
export async function loadActiveModel(registry: ModelRegistry): Promise<LoadedModel | null> {
  const stored: StoredModel | null = await registry.getActiveModel();
  return stored ? loadModel(stored.version, stored.artifact) : null;
}

/** Loads one registered version, or null when the registry has no such version. */
export async function loadRegisteredModel(
  registry: ModelRegistry,
  version: string,
): Promise<LoadedModel | null> {
  const stored = await registry.getModel(version);
  return stored ? loadModel(stored.version, stored.artifact) : null;
}
