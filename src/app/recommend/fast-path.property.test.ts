import { beforeAll, describe, expect, it } from 'vitest';
import { loadSharedContext, trainSmallModel } from '../../../test/support/recommender.js';
import { RIASEC, SKILLS, WORK_VALUES, type UserProfile } from '../../core/domain/index.js';
import { createRng } from '../../core/random/index.js';
import type { CareerProfile } from '../../core/features/index.js';
import type { Scorer } from '../../core/ranking/index.js';
import { resolveProfile, type ProfileInput } from '../profile/index.js';
import { toExpandedScorer } from './expanded-model.js';
import { rankForProfile } from './recommend.js';
import type { RecommenderContext } from './recommender-context.js';

/**
 * The base model scoring a list other than all careers one pair at a time, from each pair's
 * feature vector (scoring all careers keeps the fast path, which scorers.property.test checks
 * against the feature vectors).
 */
function pairByPair(base: Scorer, all: readonly CareerProfile[]): Scorer {
  return {
    ...base,
    scoreAll(user, careers, out) {
      if (careers === all) base.scoreAll(user, careers, out);
      else careers.forEach((c, i) => (out[i] = base.scoreOne(user, c)));
    },
  };
}

/**
 * The product scorer the plain way: over a base model that scores a few careers pair by pair,
 * and with its shortcuts hidden, so every caller takes the plain route.
 */
function plainReference(ctx: RecommenderContext, model: Scorer): Scorer {
  const {
    baseScores: _shortcut,
    rankTop: _pruned,
    ...plain
  } = toExpandedScorer(ctx, pairByPair(model, ctx.careers));
  return plain;
}

/** `count` seeded profiles of every kind a person sends: named or rated skills, letters,
 * values, limits, a current job and the change they want. */
function randomProfiles(ctx: RecommenderContext, count: number): UserProfile[] {
  const rng = createRng(2026).fork('fast-path-profiles');
  const some = <T>(items: readonly T[], max: number) =>
    rng.shuffle([...items]).slice(0, rng.int(max + 1));
  return Array.from({ length: count }, () => {
    const input: ProfileInput = {
      skills: some(SKILLS, 8).map((s) =>
        rng.next() < 0.5 ? s.name : { name: s.name, rating: 1 + rng.int(5) },
      ),
      constraints: {
        ...(rng.next() < 0.3 ? { minSalaryUsd: rng.pick([35_000, 50_000, 80_000]) } : {}),
        ...(rng.next() < 0.2 ? { maxJobZone: 2 + rng.int(4) } : {}),
        ...(rng.next() < 0.1 ? { avoidSocMajorGroups: ['29'] } : {}),
      },
    };
    const interests = some(RIASEC, 3).map((a) => a.name);
    if (interests.length > 0) input.interests = interests;
    const values = some(WORK_VALUES, 3).map((v) => v.name);
    if (values.length > 0) input.values = values;
    if (rng.next() < 0.3) {
      input.currentOccupation = rng.pick(ctx.codes);
      input.preferences = { change: rng.pick(['close', 'balanced', 'new-direction'] as const) };
    }
    return resolveProfile(input, { findOccupation: ctx.findOccupation, findTitles: () => [] });
  });
}

describe('the fast path of a recommendation', () => {
  let ctx: RecommenderContext;
  let fast: Scorer;
  let plain: Scorer;
  beforeAll(async () => {
    ctx = await loadSharedContext();
    const model = trainSmallModel(ctx);
    fast = toExpandedScorer(ctx, model);
    plain = plainReference(ctx, model);
  }, 120_000);

  it('gives the plain reference’s top 10 and every explanation fact for 1,000 random profiles', () => {
    expect(plain.baseScores).toBeUndefined();
    expect(plain.rankTop).toBeUndefined();
    const options = { limit: 10, explain: true };
    let compared = 0;
    for (const profile of randomProfiles(ctx, 1000)) {
      const a = rankForProfile(ctx, fast, profile, options).recommendations;
      const b = rankForProfile(ctx, plain, profile, options).recommendations;
      expect(a.map((r) => r.code)).toEqual(b.map((r) => r.code));
      a.forEach((r, i) => {
        const q = b[i]!;
        expect([r.matchPercent, r.matchRange, r.confidence]).toEqual([
          q.matchPercent,
          q.matchRange,
          q.confidence,
        ]);
        expect(r.explanation!.facts).toEqual(q.explanation!.facts);
        expect(r.explanation!.text).toBe(q.explanation!.text);
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(9000);
  }, 600_000);
});
