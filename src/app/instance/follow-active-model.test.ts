import { describe, expect, it, vi } from 'vitest';
import { createModelHolder, type LoadedModel } from '../service/index.js';
import type { ActiveModelListener } from '../ports/index.js';
import { followActiveModel } from './follow-active-model.js';

const model = (version: string) => ({ version }) as unknown as LoadedModel;

/** A registry whose watcher the test drives by hand. */
function fakeRegistry(active: string | null) {
  let listener: ActiveModelListener | undefined;
  return {
    onActiveModelChanged: (l: ActiveModelListener) => {
      listener = l;
      return () => (listener = undefined);
    },
    getActiveVersion: async () => active,
    change: (version: string | null) => listener?.(version),
    watching: () => listener !== undefined,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('following the active model', () => {
  it('serves a version another instance activates, and reports it', async () => {
    const registry = fakeRegistry(null);
    const models = createModelHolder(model('v1'));
    const served = vi.fn();
    const stop = followActiveModel({
      registry,
      models,
      load: async (v) => model(v),
      reconcileAfterMs: 60_000,
      events: { served, loadFailed: vi.fn(), readFailed: vi.fn() },
    });
    registry.change('v2');
    await settle();
    expect(models.current()?.version).toBe('v2');
    expect(served).toHaveBeenCalledWith(model('v2'));
    stop();
    expect(registry.watching()).toBe(false);
  });

  it('keeps the current model when the new one cannot be loaded, and says which', async () => {
    const registry = fakeRegistry(null);
    const models = createModelHolder(model('v1'));
    const loadFailed = vi.fn();
    followActiveModel({
      registry,
      models,
      load: async () => {
        throw new Error('artifact built for other features');
      },
      reconcileAfterMs: 60_000,
      events: { served: vi.fn(), loadFailed, readFailed: vi.fn() },
    });
    registry.change('v2');
    await settle();
    expect(models.current()?.version).toBe('v1');
    expect(loadFailed).toHaveBeenCalledWith('v2', expect.any(Error));
  });

  it('catches a version activated before the watcher started with one later check', async () => {
    vi.useFakeTimers();
    try {
      const registry = fakeRegistry('v3');
      const models = createModelHolder(model('v1'));
      followActiveModel({
        registry,
        models,
        load: async (v) => model(v),
        reconcileAfterMs: 500,
        events: { served: vi.fn(), loadFailed: vi.fn(), readFailed: vi.fn() },
      });
      expect(models.current()?.version).toBe('v1');
      await vi.advanceTimersByTimeAsync(500);
      expect(models.current()?.version).toBe('v3');
    } finally {
      vi.useRealTimers();
    }
  });
});
