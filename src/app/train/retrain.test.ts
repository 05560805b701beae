import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSharedContext } from '../../../test/support/recommender.js';
import { openTempSqliteStore } from '../../../test/support/temp-store.js';
import type { Store } from '../ports/index.js';
import type { RecommenderContext } from '../recommend/index.js';
import { saveAndActivate } from './ensure-model.js';
import { toFeedbackPairs } from './feedback-pairs.js';
import { retrainWithFeedback } from './retrain.js';
import { trainModel } from './train-model.js';

let ctx: RecommenderContext;
let store: Store;
let dispose: () => Promise<void>;
const clock = () => new Date('2026-01-02T03:04:05.000Z');

beforeAll(async () => {
  ctx = await loadSharedContext();
  ({ store, dispose } = await openTempSqliteStore('retrain-'));
  const first = trainModel(
    ctx,
    { pairs: 1500, seed: 1, recipe: 'blended' },
    '2026-01-01T00:00:00.000Z',
  );
  await saveAndActivate(store, first, '2026-01-01T00:00:00.000Z', 'initial');
  const profile = {
    skills: ['Programming', 'Mathematics', 'Critical Thinking'],
    interests: ['I', 'C'],
  };
  const good = ['15-1252.00', '15-1251.00', '15-2051.00', '15-1211.00', '15-1243.00', '15-2031.00'];
  const bad = ['35-2014.00', '47-2061.00', '39-5012.00', '53-3032.00'];
  let n = 0;
  for (let round = 0; round < 4; round++) {
    for (const code of good) {
      await store.recordFeedback({
        profile,
        code,
        rating: 'up',
        outcome: round === 0 ? 'applied' : undefined,
        modelVersion: 'v',
        createdAt: `2026-01-01T00:00:${String(n++ % 60).padStart(2, '0')}.000Z`,
      });
    }
    for (const code of bad) {
      await store.recordFeedback({
        profile,
        code,
        rating: 'down',
        modelVersion: 'v',
        createdAt: '2026-01-01T00:01:00.000Z',
      });
    }
  }
});

afterAll(() => dispose());

describe('feedback loop', () => {
  it('turns thumbs and outcomes into weighted labelled pairs, estimated profiles included', async () => {
    const events = await store.listFeedback();
    const { pairs, skipped } = toFeedbackPairs(ctx, events);
    // 15-2051.00 Data Scientists has no O*NET ratings but an estimated profile: kept.
    expect(skipped).toBe(0);
    expect(pairs).toHaveLength(40);
    expect(pairs.filter((p) => p.label === 1)).toHaveLength(24);
    expect(pairs.some((p) => ctx.careers[p.careerIndex]!.profileEstimated)).toBe(true);
    expect(pairs.some((p) => p.weight === 2)).toBe(true);
  });

  it('retrains on synthetic pairs plus feedback, compares with the active model and records the decision', async () => {
    const before = await store.getActiveVersion();
    const decision = await retrainWithFeedback(store, ctx, clock, { pairs: 1500, seed: 2 });
    expect(decision.feedbackEvents).toBe(40);
    expect(decision.feedbackUsed).toBeGreaterThan(20);
    expect(decision.feedbackUsed + decision.feedbackHeldOut).toBe(40); // Data Scientists' feedback counts (estimated profile)
    expect(decision.comparedWith).toBe(before);
    expect(decision.checks.map((c) => c.name)).toEqual([
      'sparse NDCG@10 on held-out sources',
      'full NDCG@10 on held-out sources',
    ]);
    expect(decision.activated).toBe(decision.promote);
    const decisions = await store.listDecisions();
    expect(decisions[0]).toMatchObject({
      version: decision.version,
      activated: decision.activated,
      reason: `retrain: ${decision.reason}`,
    });
    expect(await store.getActiveVersion()).toBe(decision.activated ? decision.version : before);
  });
});
