import { AppError } from '../../errors.js';
import type { ModelRegistry } from '../ports/index.js';
import type { LoadedModel, ModelHolder } from '../service/index.js';
import { unref } from './readiness.js';

/** Loads a registered model version, or null when the registry has no such version. */
export type LoadVersion = (version: string) => Promise<LoadedModel | null>;

/** What following the registry's active model tells the instance (for readiness and logs). */
export interface ModelFollowerEvents {
  /** `model`, activated by another instance (or a retrain), now serves here. */
  readonly served: (model: LoadedModel) => void;
  /** `version` was activated but cannot be loaded here; the current model keeps serving. */
  readonly loadFailed: (version: string, error: Error) => void;
  /** The active version could not be read. */
  readonly readFailed: (error: unknown) => void;
}

/**
 * Serves whatever version the registry makes active, as other instances activate them. The
 * watcher's first poll only sets its baseline, so one check `reconcileAfterMs` after subscribing
 * catches a version activated before it. Returns a function that stops following.
 */
export function followActiveModel(input: {
  readonly registry: Pick<ModelRegistry, 'onActiveModelChanged' | 'getActiveVersion'>;
  readonly models: ModelHolder;
  readonly load: LoadVersion;
  readonly reconcileAfterMs: number;
  readonly events: ModelFollowerEvents;
}): () => void {
  const { registry, models, events } = input;
  const follow = (version: string | null) => {
    if (version === null || version === models.current()?.version) return;
    input
      .load(version)
      .then((model) => {
        if (!model) return;
        models.set(model);
        events.served(model);
      })
      .catch((error: unknown) => events.loadFailed(version, error as Error));
  };
  const unsubscribe = registry.onActiveModelChanged(follow);
  const timer = setTimeout(
    () => void registry.getActiveVersion().then(follow, events.readFailed),
    input.reconcileAfterMs,
  );
  unref(timer);
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}

/**
 * Makes a registered version the active one (an administrator's rollback or roll-forward) and
 * serves it here. It is loaded first, so an unknown version or an artifact that no longer fits
 * is never activated. Resolves to it and the version it replaced.
 */
export async function activateRegisteredModel(input: {
  readonly registry: ModelRegistry;
  readonly models: ModelHolder;
  readonly load: LoadVersion;
  readonly version: string;
  readonly decidedAt: string;
}): Promise<{ readonly version: string; readonly previous: string | null }> {
  const { registry, version } = input;
  const model = await input.load(version);
  if (!model) {
    throw new AppError(
      'NOT_FOUND',
      `No model "${version}" in the registry; use a version a retrain reported (POST /v1/admin/retrain) or GET /v1/model shows.`,
    );
  }
  const previous = await registry.getActiveVersion();
  await registry.activateModel(version, {
    reason: 'activated by an administrator (POST /v1/admin/models/{version}/activate)',
    metrics: { previous },
    decidedAt: input.decidedAt,
  });
  input.models.set(model);
  return { version, previous };
}
