import { beforeAll, describe, expect, it } from 'vitest';
import { loadSharedContext } from '../../../test/support/recommender.js';
import { FEATURE_COUNT, toUserContext, type UserContext } from '../../core/features/index.js';
import {
  createCosineScorer,
  isExpandedScorer,
  isMatchCalibrated,
  type Scorer,
} from '../../core/ranking/index.js';
import { resolveProfile } from '../profile/index.js';
import { trainModel } from '../train/index.js';
import { toExpandedScorer } from './expanded-model.js';
import type { RecommenderContext } from './recommender-context.js';

// One contract every Scorer keeps (cosine baseline, logistic model, the product's expanded
// model): what scoreAll writes, scoreOne and contributions agree with, and the capabilities a
// scorer declares behave as their types say.

let ctx: RecommenderContext;
let users: UserContext[];
const scorers: Record<string, Scorer> = {};

beforeAll(async () => {
  ctx = await loadSharedContext();
  const trained = trainModel(
    ctx,
    { pairs: 1500, seed: 5, recipe: 'blended' },
    '2000-01-01T00:00:00Z',
  );
  scorers.cosine = createCosineScorer();
  scorers.linear = trained.scorer;
  scorers.expanded = toExpandedScorer(ctx, trained.scorer);
  const profiles = [
    { skills: ['Programming', 'Mathematics'], interests: ['I', 'C'] },
    { currentOccupation: '29-1141.00' },
    { interests: ['A'], values: ['Independence'], constraints: { minSalaryUsd: 60_000 } },
  ];
  users = profiles.map((p) =>
    toUserContext(resolveProfile(p, { findOccupation: ctx.findOccupation }), ctx.population),
  );
}, 120_000);

describe.each(['cosine', 'linear', 'expanded'])(
  'the %s scorer keeps the Scorer contract',
  (name) => {
    const scoresOf = (
      scorer: Scorer,
      user: UserContext,
      out = new Float64Array(ctx.careers.length),
    ) => {
      scorer.scoreAll(user, ctx.careers, out);
      return out;
    };

    it('writes one finite score in [0, 1] per career, the same into a reused array', () => {
      const scorer = scorers[name]!;
      const reused = new Float64Array(ctx.careers.length).fill(0.5);
      for (const user of users) {
        const fresh = scoresOf(scorer, user);
        for (const s of fresh) expect(s >= 0 && s <= 1).toBe(true);
        expect(scoresOf(scorer, user, reused)).toEqual(fresh);
      }
    });

    it('scores one pair as scoreAll does, and explains it with one finite number per feature', () => {
      const scorer = scorers[name]!;
      for (const user of users) {
        const all = scoresOf(scorer, user);
        for (let c = 0; c < ctx.careers.length; c += 97) {
          expect(scorer.scoreOne(user, ctx.careers[c]!)).toBeCloseTo(all[c]!, 12);
          const contributions = scorer.contributions(user, ctx.careers[c]!);
          expect(contributions).toHaveLength(FEATURE_COUNT);
          expect(contributions.every(Number.isFinite)).toBe(true);
        }
      }
    });

    it('maps scores to calibrated probabilities in [0, 1] monotonically, where it is calibrated', () => {
      const scorer = scorers[name]!;
      if (!isMatchCalibrated(scorer)) return;
      for (const user of users) {
        const p = [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1].map((s) => scorer.matchProbability(user, s));
        for (let i = 0; i < p.length; i++) {
          expect(p[i]! >= 0 && p[i]! <= 1).toBe(true);
          if (i > 0) expect(p[i]!).toBeGreaterThanOrEqual(p[i - 1]!);
        }
      }
    });

    it('names the careers it expanded a query with, weights summing to 1, where it expands', () => {
      const scorer = scorers[name]!;
      expect(isExpandedScorer(scorer)).toBe(name === 'expanded');
      if (!isExpandedScorer(scorer)) return;
      for (const user of users) {
        const neighbours = scorer.expansion(user);
        expect(neighbours).toHaveLength(scorer.options.k);
        expect(neighbours.reduce((sum, n) => sum + n.weight, 0)).toBeCloseTo(1, 12);
        for (const n of neighbours) expect(ctx.careers[n.careerIndex]!.code).toBe(n.code);
      }
    });
  },
);
