import { beforeAll, describe, expect, it } from 'vitest';
import { loadSharedContext, trainSmallModel } from '../../../test/support/recommender.js';
import { toUserContext } from '../../core/features/index.js';
import {
  createExpandedScorer,
  DEFAULT_EXPANSION,
  type AdviserData,
  type ProfileKind,
  type Scorer,
} from '../../core/ranking/index.js';
import { resolveProfile, type ProfileInput } from '../profile/index.js';
import { toFullProfileRow, toReferenceUsers } from './expanded-model.js';
import type { RecommenderContext } from './recommender-context.js';

let ctx: RecommenderContext;
let base: Scorer;

beforeAll(async () => {
  ctx = await loadSharedContext();
  base = trainSmallModel(ctx);
});

/** The product's expansion over `base`, counting the reference queries it asks for, by kind. */
function countingScorer() {
  const asked: Record<ProfileKind, number> = { stated: 0, inferred: 0 };
  const row = (a: number) => toFullProfileRow(ctx, base, a);
  const data: AdviserData = {
    hubReference: () => new Float64Array(ctx.careers.length),
    referenceUsers: (kind) => {
      asked[kind] += 1;
      return toReferenceUsers(ctx, kind);
    },
    closestRelatives: () => [],
    referenceScores: (kind, a) => (kind === 'inferred' ? row(a) : null),
  };
  const scorer = createExpandedScorer(base, ctx.careers, row, DEFAULT_EXPANSION, null, data);
  return { scorer, asked };
}

const userOf = (input: ProfileInput) =>
  toUserContext(resolveProfile(input, { findOccupation: ctx.findOccupation }), ctx.population);
const stated: ProfileInput = { skills: ['Writing', 'Speaking'], interests: ['E', 'A'] };
const inferred: ProfileInput = { currentOccupation: '29-1141.00' };

describe('warming the product scorer up', () => {
  it('builds both kinds of reference scores step by step, so the first rankings build none', () => {
    const { scorer, asked } = countingScorer();
    let steps = 1;
    while (!scorer.warm(200)) steps += 1;
    // 2 × the rateable careers, 200 at a time.
    expect(steps).toBe(Math.ceil((2 * ctx.careers.length) / 200));
    expect(asked.stated).toBeGreaterThan(0);
    expect(asked.inferred).toBeGreaterThan(0);
    const before = { ...asked };
    const out = new Float64Array(ctx.careers.length);
    scorer.scoreAll(userOf(stated), ctx.careers, out);
    scorer.scoreAll(userOf(inferred), ctx.careers, out);
    expect(asked).toEqual(before);
  }, 60_000);

  it('changes no score: a partly warmed scorer ranks as a cold one does', () => {
    const cold = countingScorer().scorer;
    const warm = countingScorer().scorer;
    // Half warmed: the first ranking builds the rest.
    warm.warm(ctx.careers.length + 100);
    for (const input of [stated, inferred]) {
      const user = userOf(input);
      const a = new Float64Array(ctx.careers.length);
      const b = new Float64Array(ctx.careers.length);
      cold.scoreAll(user, ctx.careers, a);
      warm.scoreAll(user, ctx.careers, b);
      expect(Buffer.from(b.buffer).equals(Buffer.from(a.buffer))).toBe(true);
    }
  }, 60_000);
});
