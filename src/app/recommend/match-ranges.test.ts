import { beforeAll, describe, expect, it } from 'vitest';
import { loadSharedContext, trainSmallModel } from '../../../test/support/recommender.js';
import { sparseQuery, toQuery } from '../../core/evaluation/index.js';
import { toUserContext } from '../../core/features/index.js';
import { createRng } from '../../core/random/index.js';
import {
  confidenceOfRange,
  createCosineScorer,
  isMatchCalibrated,
  rankTopK,
  type Scorer,
} from '../../core/ranking/index.js';
import { resolveProfile } from '../profile/index.js';
import { toExpandedScorer } from './expanded-model.js';
import { ESTIMATED_PROFILE_WIDEN_POINTS, toConfidenceBases } from './match-ranges.js';
import { rankForProfile } from './recommend.js';
import type { RecommenderContext } from './recommender-context.js';

let ctx: RecommenderContext;
let scorer: Scorer;

/** A fixed set of source occupations: every 45th rateable one (20 of them). */
const sources = () =>
  ctx.careers.map((_, i) => i).filter((i) => i % 45 === 0 && !ctx.careers[i]!.profileEstimated);
const occupationOf = (i: number) => ctx.catalog.occupations[ctx.careers[i]!.catalogIndex]!;

const personas = [
  {
    skills: ['Writing', 'Speaking', 'Critical Thinking'],
    interests: ['E', 'I'],
    values: ['Achievement', 'Recognition'],
  },
  { skills: ['Programming', 'Mathematics'], interests: ['I', 'C'] },
  { currentOccupation: '29-1141.00', interests: ['S', 'I'] },
  { interests: ['A'] },
];

beforeAll(async () => {
  ctx = await loadSharedContext();
  scorer = toExpandedScorer(ctx, trainSmallModel(ctx));
}, 120_000);

describe('match ranges of a recommendation list', () => {
  it('hold every matchPercent, and the confidence is the range’s own (never High beyond 30 points)', () => {
    expect(isMatchCalibrated(scorer)).toBe(true);
    const profiles = [
      ...personas.map((p) => resolveProfile(p, { findOccupation: ctx.findOccupation })),
      ...sources().flatMap((s) =>
        (['full', 'sparse', 'noisy'] as const).map((kind) =>
          toQuery(kind, occupationOf(s), createRng(1).fork(String(s))),
        ),
      ),
    ];
    let checked = 0;
    for (const profile of profiles) {
      const result = rankForProfile(ctx, scorer, profile, { limit: 10, explain: true });
      for (const r of result.recommendations) {
        expect(r.matchRange.low).toBeLessThanOrEqual(r.matchPercent);
        expect(r.matchPercent).toBeLessThanOrEqual(r.matchRange.high);
        expect(r.confidence).toBe(confidenceOfRange(r.matchRange));
        if (r.matchRange.high - r.matchRange.low > 30) expect(r.confidence).not.toBe('High');
        expect(r.confidenceBasis.matchRange).toEqual(r.matchRange);
        expect(r.explanation?.facts.matchRange).toEqual(r.matchRange);
        checked++;
      }
    }
    expect(checked).toBe(profiles.length * 10);
  });

  it('are wider for sparse profiles than for full ones, on average over the same occupations', () => {
    const widths = { full: [] as number[], sparse: [] as number[] };
    const scores = new Float64Array(ctx.careers.length);
    for (const s of sources()) {
      const full = toUserContext(
        toQuery('full', occupationOf(s), createRng(1).fork('full')),
        ctx.population,
      );
      const sparse = toUserContext(sparseQuery(occupationOf(s)), ctx.population);
      // The same ten occupations for both: the complete profile's top ten.
      scorer.scoreAll(full, ctx.careers, scores);
      const shown = rankTopK(scores, ctx.codes, null, 10);
      for (const b of toConfidenceBases(ctx, scorer, full, shown)) widths.full.push(b.widthPoints);
      scorer.scoreAll(sparse, ctx.careers, scores);
      const same = shown.map((t) => ({ index: t.index, score: scores[t.index]! }));
      for (const b of toConfidenceBases(ctx, scorer, sparse, same))
        widths.sparse.push(b.widthPoints);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(widths.sparse).toHaveLength(200);
    expect(mean(widths.sparse)).toBeGreaterThan(mean(widths.full) + 10);
  });

  it('widen by the points the hook gives an occupation, on both sides', () => {
    const user = toUserContext(sparseQuery(occupationOf(300)), ctx.population);
    const scores = new Float64Array(ctx.careers.length);
    scorer.scoreAll(user, ctx.careers, scores);
    const shown = rankTopK(scores, ctx.codes, null, 10);
    const plain = toConfidenceBases(ctx, scorer, user, shown);
    const wide = toConfidenceBases(ctx, scorer, user, shown, {
      widenPoints: (i) => (i === shown[0]!.index ? 10 : 0),
    });
    expect(wide[0]!.matchRange.low).toBe(Math.max(0, plain[0]!.matchRange.low - 10));
    expect(wide[0]!.matchRange.high).toBe(Math.min(100, plain[0]!.matchRange.high + 10));
    expect(wide[0]!.widenPoints).toBe(10);
    expect(wide.slice(1)).toEqual(plain.slice(1));
  });

  it('widen by default only for occupations whose profile is estimated', () => {
    const estimated = ctx.careers.findIndex((c) => c.profileEstimated);
    const user = toUserContext(sparseQuery(occupationOf(300)), ctx.population);
    const shown = [
      { index: 300, score: 0.5 },
      { index: estimated, score: 0.5 },
    ];
    const [rated, guessed] = toConfidenceBases(ctx, scorer, user, shown);
    expect(rated!.widenPoints).toBe(0);
    expect(guessed!.widenPoints).toBe(ESTIMATED_PROFILE_WIDEN_POINTS);
    expect(guessed!.widthPoints).toBeGreaterThanOrEqual(2 * ESTIMATED_PROFILE_WIDEN_POINTS);
    expect(guessed!.confidence).not.toBe('High');
  });

  it('for the cosine baseline span only how far the similarity moves with the perturbations', () => {
    const profile = resolveProfile(personas[0]!, { findOccupation: ctx.findOccupation });
    const result = rankForProfile(ctx, createCosineScorer(), profile, {
      limit: 10,
      explain: false,
    });
    for (const r of result.recommendations) {
      expect(r.confidenceBasis.calibration).toEqual({ below: 0, above: 0 });
      expect(r.confidenceBasis.detail).toEqual({ below: 0, above: 0 });
      expect(r.matchRange.low).toBeLessThanOrEqual(r.matchPercent);
      expect(r.matchPercent).toBeLessThanOrEqual(r.matchRange.high);
    }
    // Three stated skills and two pairs to swap move the similarity of some occupation.
    expect(result.recommendations.some((r) => r.matchRange.high > r.matchRange.low)).toBe(true);
  });
});
