import { beforeAll, describe, expect, it } from 'vitest';
import { loadSharedContext } from '../../../test/support/recommender.js';
import type { RecommenderContext } from '../../app/recommend/index.js';
import { createRng } from '../random/index.js';
import {
  GOOD_FIT_THRESHOLD,
  MATCH_TYPES,
  generateSyntheticPairs,
  labelRule,
} from './generate-pairs.js';
import { toSimilarityMatrix } from './similarity-matrix.js';
import { profileSimilarity, skillSimilarity, interestSimilarity } from './profile-similarity.js';

let ctx: RecommenderContext;
beforeAll(async () => {
  ctx = await loadSharedContext();
});

describe('synthetic pair generator (real O*NET profiles)', () => {
  it('makes equally many pairs of each of the six match types', () => {
    const set = generateSyntheticPairs(ctx.careers, { pairs: 600 }, createRng(42));
    expect(set.pairs).toHaveLength(600);
    for (const t of MATCH_TYPES) expect(set.countsByType[t]).toBe(100);
  });

  it('keeps every match type inside its similarity range', () => {
    const { pairs } = generateSyntheticPairs(ctx.careers, { pairs: 1200 }, createRng(7));
    for (const p of pairs) {
      const a = ctx.careers[p.sourceIndex]!;
      const b = ctx.careers[p.careerIndex]!;
      const s = profileSimilarity(a, b);
      expect(s).toBeCloseTo(p.similarity, 9);
      if (p.matchType === 'strong') expect(s >= 0.7 && s < 0.9).toBe(true);
      if (p.matchType === 'moderate') expect(s >= 0.5 && s < 0.7).toBe(true);
      if (p.matchType === 'weak') expect(s >= 0.3 && s < 0.5).toBe(true);
      if (p.matchType === 'poor') expect(s < 0.3).toBe(true);
      if (p.matchType === 'partial') {
        expect(skillSimilarity(a, b)).toBeGreaterThanOrEqual(0.75 - 1e-9);
        expect(interestSimilarity(a, b)).toBeLessThanOrEqual(0.1 + 1e-9);
      }
      if (p.matchType === 'wrong-interest') expect(s).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('reports people the way they describe themselves: 1–8 skills, 1–3 interests, 1–3 values', () => {
    const { pairs } = generateSyntheticPairs(ctx.careers, { pairs: 300 }, createRng(3));
    for (const p of pairs) {
      const named = p.user.skillLevels.filter((l) => l !== null).length;
      expect(named).toBeGreaterThanOrEqual(1);
      expect(named).toBeLessThanOrEqual(8);
      expect(p.user.interestOrder.length).toBeGreaterThanOrEqual(1);
      expect(p.user.interestOrder.length).toBeLessThanOrEqual(3);
      expect(p.user.valueOrder.length).toBeLessThanOrEqual(3);
    }
  });

  it('labels by the documented rule, with a little label noise', () => {
    const matrix = toSimilarityMatrix(ctx.careers);
    const { pairs } = generateSyntheticPairs(
      ctx.careers,
      { pairs: 1200, labelNoise: 0.08 },
      createRng(11),
    );
    let flipped = 0;
    for (const p of pairs) {
      const fit = labelRule(
        matrix,
        p.sourceIndex,
        ctx.careers[p.careerIndex]!,
        p.careerIndex,
        p.user,
      );
      const rule = fit >= GOOD_FIT_THRESHOLD ? 1 : 0;
      expect(p.label).toBe(p.flipped ? 1 - rule : rule);
      if (p.flipped) flipped++;
    }
    expect(flipped / pairs.length).toBeGreaterThan(0.04);
    expect(flipped / pairs.length).toBeLessThan(0.12);
  });

  it('makes strong pairs mostly good and poor or wrong-interest pairs mostly bad', () => {
    const { pairs } = generateSyntheticPairs(ctx.careers, { pairs: 1800 }, createRng(5));
    const rate = (t: string) => {
      const ps = pairs.filter((p) => p.matchType === t);
      return ps.filter((p) => p.label === 1).length / ps.length;
    };
    expect(rate('strong')).toBeGreaterThan(rate('moderate'));
    expect(rate('moderate')).toBeGreaterThan(rate('weak'));
    expect(rate('poor')).toBeLessThan(0.15);
    expect(rate('wrong-interest')).toBeLessThan(rate('strong'));
  });

  it('is reproducible for a seed and differs across seeds', () => {
    const a = generateSyntheticPairs(ctx.careers, { pairs: 120 }, createRng(1));
    const b = generateSyntheticPairs(ctx.careers, { pairs: 120 }, createRng(1));
    const c = generateSyntheticPairs(ctx.careers, { pairs: 120 }, createRng(2));
    expect(a).toEqual(b);
    expect(a.pairs.map((p) => p.careerIndex)).not.toEqual(c.pairs.map((p) => p.careerIndex));
  });
});
