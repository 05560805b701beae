import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSharedContext } from '../../../test/support/recommender.js';
import { openTempSqliteStore } from '../../../test/support/temp-store.js';
import { FEATURE_NAMES } from '../../core/features/index.js';
import { hashFeatureNames } from '../../core/model/index.js';
import type { Store } from '../ports/index.js';
import type { RecommenderContext } from '../recommend/index.js';
import { ensureActiveModel } from './ensure-model.js';
import { trainModel } from './train-model.js';

let ctx: RecommenderContext;
let store: Store;
let dispose: () => Promise<void>;

beforeAll(async () => {
  ctx = await loadSharedContext();
  ({ store, dispose } = await openTempSqliteStore('upgrade-'));
});

afterAll(() => dispose());

describe('first start after an upgrade that adds a feature', () => {
  it('trains and activates a new default model when the active one was built without the new feature', async () => {
    const old = trainModel(
      ctx,
      { pairs: 600, seed: 1, recipe: 'blended' },
      '2026-01-01T00:00:00.000Z',
    );
    // The artifact a build without pair:technology_similarity wrote: one feature fewer.
    const names = FEATURE_NAMES.filter((n) => n !== 'pair:technology_similarity');
    const keep = (xs: readonly number[]) =>
      xs.filter((_, j) => FEATURE_NAMES[j] !== 'pair:technology_similarity');
    const artifact = {
      ...old.artifact,
      featureNames: names,
      featureRegistryHash: hashFeatureNames(names),
      weights: keep(old.artifact.weights),
      scaler: { mean: keep(old.artifact.scaler!.mean), scale: keep(old.artifact.scaler!.scale) },
    };
    await store.saveModel({
      version: 'lr-old',
      artifact,
      metrics: {},
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    await store.activateModel('lr-old', {
      reason: 'before the upgrade',
      metrics: {},
      decidedAt: '2026-01-01T00:00:00.000Z',
    });
    const log: string[] = [];
    const model = await ensureActiveModel(
      store,
      ctx,
      () => new Date('2026-02-01T00:00:00.000Z'),
      (m) => log.push(m),
    );
    expect(log[0]).toMatch(/cannot be used .*retrain/i);
    expect(model.version).not.toBe('lr-old');
    expect(await store.getActiveVersion()).toBe(model.version);
    expect(model.scorer.kind).toBe('ml');
  }, 300_000);
});
