import { beforeAll, describe, expect, it } from 'vitest';
import { resolveProfile, type ProfileInput } from '../src/app/profile/index.js';
import {
  rankForProfile,
  toExpandedScorer,
  type RecommenderContext,
} from '../src/app/recommend/index.js';
import type { Scorer } from '../src/core/ranking/index.js';
import { loadProductModel, loadSharedContext } from './support/recommender.js';

let ctx: RecommenderContext;
let scorer: Scorer;

beforeAll(async () => {
  ctx = await loadSharedContext();
  scorer = toExpandedScorer(ctx, await loadProductModel(ctx));
}, 600_000);

const top = (input: ProfileInput, limit = 5) =>
  rankForProfile(ctx, scorer, resolveProfile(input, { findOccupation: ctx.findOccupation }), {
    limit,
    explain: true,
  }).recommendations;

const nurse: ProfileInput = {
  currentOccupation: '29-1141.00',
  constraints: { minSalaryUsd: 70_000, maxJobZone: 4 },
};

const warehouseWorker: ProfileInput = {
  currentOccupation: '53-7062.00',
  constraints: { minSalaryUsd: 45_000, maxJobZone: 3 },
};

describe('lists an adviser would make (the product model)', () => {
  it('gives a registered nurse who wants a new direction no registered-nurse occupation in her top 5', () => {
    const codes = top({ ...nurse, preferences: { change: 'new-direction' } }).map((r) => r.code);
    expect(codes).toHaveLength(5);
    expect(codes.filter((c) => c.startsWith('29-1141'))).toEqual([]);
  });

  it('keeps registered-nurse occupations at the top for the same nurse asking for a close move', () => {
    const codes = top({ ...nurse, preferences: { change: 'close' } }).map((r) => r.code);
    expect(codes.some((c) => c.startsWith('29-1141'))).toBe(true);
  });

  it('gives the warehouse worker at most one shrinking occupation in the top 5, each marked', () => {
    const list = top(warehouseWorker);
    expect(list).toHaveLength(5);
    expect(list.filter((r) => r.outlookConcern?.kind === 'shrinking').length).toBeLessThanOrEqual(
      1,
    );
    for (const r of list) {
      const change = r.outlook?.changePercent ?? null;
      if (change !== null && change <= -10) {
        expect(r.outlookConcern?.kind).toBe('shrinking');
        expect(r.explanation?.text).toContain(
          `What holds it back: employment is projected to fall ${Math.abs(change).toFixed(1)}% by 2034`,
        );
      }
    }
  });

  it('states the pay against the current job, from the two BLS medians', () => {
    const current = ctx.findOccupation('53-7062.00' as never)!;
    const currentMedian = current.wages!.medianAnnualUsd;
    if (currentMedian.kind !== 'exact') throw new Error('the fixture job needs an exact median');
    for (const r of top(warehouseWorker)) {
      const pay = r.payAgainstCurrentJob!;
      expect(pay.currentTitle).toBe(current.title);
      expect(pay.currentMedianUsd).toBe(currentMedian.usd);
      expect(pay.differenceUsd).toBe(r.medianAnnualWageUsd! - pay.currentMedianUsd);
      expect(r.explanation?.text).toContain(pay.text);
    }
  });

  it('leaves out every occupation of a field the person avoids', () => {
    const list = top(
      { ...nurse, constraints: { ...nurse.constraints, avoidSocMajorGroups: ['29'] } },
      20,
    );
    expect(list.filter((r) => r.code.startsWith('29-'))).toEqual([]);
  });
});
