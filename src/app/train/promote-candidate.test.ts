import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSharedContext } from '../../../test/support/recommender.js';
import { openTempSqliteStore } from '../../../test/support/temp-store.js';
import type { Store } from '../ports/index.js';
import type { RecommenderContext } from '../recommend/index.js';
import { promoteCandidate } from './promote-candidate.js';
import { trainModel, type TrainOptions } from './train-model.js';

let ctx: RecommenderContext;
let store: Store;
let dispose: () => Promise<void>;
let second = 0;
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, second));
// Each model gets its own creation time, so the same recipe twice gives two versions.
const train = (options: TrainOptions) => {
  second++;
  return trainModel(ctx, options, now().toISOString());
};
const WEAK: TrainOptions = { pairs: 400, seed: 1, recipe: 'synthetic' };
const GOOD: TrainOptions = { pairs: 1500, seed: 1, recipe: 'blended' };

beforeAll(async () => {
  ctx = await loadSharedContext();
  ({ store, dispose } = await openTempSqliteStore('promote-'));
});

afterAll(() => dispose());

describe('promoting a trained candidate', () => {
  it('activates the first model, there being nothing to compare with', async () => {
    const first = train(WEAK);
    const o = await promoteCandidate(store, ctx, first, { trigger: 'careers train', now });
    expect(o).toMatchObject({ activated: true, comparedWith: null, checks: [] });
    expect(await store.getActiveVersion()).toBe(first.version);
  });

  it('activates a better candidate (blended recipe over a small synthetic-only model)', async () => {
    const weak = await store.getActiveVersion();
    const better = train(GOOD);
    const o = await promoteCandidate(store, ctx, better, { trigger: 'careers train', now });
    expect(o.comparedWith).toBe(weak);
    expect(o.checks.map((c) => c.verdict)).toContain('better');
    expect(o.checks.every((c) => c.verdict !== 'worse')).toBe(true);
    expect(o.activated).toBe(true);
    expect(await store.getActiveVersion()).toBe(better.version);
  });

  it('keeps the active model for an equal candidate, and activates it when forced', async () => {
    const active = await store.getActiveVersion();
    const same = train(GOOD);
    const o = await promoteCandidate(store, ctx, same, { trigger: 'careers train', now });
    expect(o.checks.map((c) => c.improvement.mean)).toEqual([0, 0]);
    expect(o.activated).toBe(false);
    expect(o.reason).toMatch(/not better with 95% confidence/);
    expect(await store.getActiveVersion()).toBe(active);
    const forced = await promoteCandidate(store, ctx, train(GOOD), {
      trigger: 'careers train',
      now,
      force: true,
    });
    expect(forced.activated).toBe(true);
    expect(await store.getActiveVersion()).toBe(forced.version);
  });

  it('refuses a worse candidate, even when forced, and records why', async () => {
    const active = await store.getActiveVersion();
    const worse = train(WEAK);
    const o = await promoteCandidate(store, ctx, worse, {
      trigger: 'careers train',
      now,
      force: true,
    });
    expect(o.checks.some((c) => c.verdict === 'worse')).toBe(true);
    expect(o.activated).toBe(false);
    expect(await store.getActiveVersion()).toBe(active);
    const [latest] = await store.listDecisions({ limit: 1 });
    expect(latest).toMatchObject({ version: worse.version, activated: false });
    expect(latest!.reason).toMatch(/^careers train: forced by the operator but refused/);
    expect(latest!.metrics).toMatchObject({ comparedWith: active, checks: o.checks });
  });
});
