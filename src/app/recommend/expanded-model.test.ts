import { beforeAll, describe, expect, it } from 'vitest';
import { loadSharedContext, trainSmallModel } from '../../../test/support/recommender.js';
import { SKILLS } from '../../core/domain/index.js';
import { withSkillLevel } from '../../core/explain/index.js';
import { toUserContext, type UserContext } from '../../core/features/index.js';
import {
  DEFAULT_EXPANSION,
  isMatchCalibrated,
  rankTopK,
  toMatchPercent,
  type Scorer,
} from '../../core/ranking/index.js';
import { resolveProfile } from '../profile/index.js';
import { toExpandedScorer, toFullProfileRow, toReferenceUsers } from './expanded-model.js';
import { rankForProfile } from './recommend.js';
import type { RecommenderContext } from './recommender-context.js';
import { MARKETER, NURSE, PROGRAMMER } from '../../../test/support/personas.js';

let ctx: RecommenderContext;
let base: Scorer;
let users: UserContext[];

const profiles = [MARKETER, PROGRAMMER, NURSE];

beforeAll(async () => {
  ctx = await loadSharedContext();
  base = trainSmallModel(ctx);
  users = profiles.map((p) =>
    toUserContext(resolveProfile(p, { findOccupation: ctx.findOccupation }), ctx.population),
  );
});

const scoresOf = (scorer: Scorer, user: UserContext) => {
  const out = new Float64Array(ctx.careers.length);
  scorer.scoreAll(user, ctx.careers, out);
  return out;
};

describe('query expansion over the logistic model', () => {
  it('returns from scoreOne exactly the number scoreAll writes, for every career', () => {
    const expanded = toExpandedScorer(ctx, base);
    for (const user of users) {
      const all = scoresOf(expanded, user);
      ctx.careers.forEach((career, i) => expect(expanded.scoreOne(user, career)).toBe(all[i]));
    }
  });

  it('finds with rankTop the top careers of scoreAll’s numbers, for any eligibility and length', () => {
    const expanded = toExpandedScorer(ctx, base);
    const careerCount = ctx.careers.length;
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // The personas and what a person in every 15th occupation would type.
    const people = [...users, ...toReferenceUsers(ctx, 'stated').filter((_, i) => i % 15 === 0)];
    for (const user of people)
      for (const limit of [1, 3, 10, 25, careerCount + 5]) {
        const share = random();
        const eligible = Uint8Array.from(ctx.careers, () => (random() < share ? 1 : 0));
        const all = scoresOf(expanded, user);
        expect(expanded.rankTop!(user, ctx.careers, eligible, limit)).toEqual(
          rankTopK(all, ctx.codes, eligible, limit),
        );
      }
  });

  it('gives the same scores from a fresh scorer, in any order of requests', () => {
    const a = toExpandedScorer(ctx, base);
    const b = toExpandedScorer(ctx, base);
    const first = users.map((u) => scoresOf(a, u));
    const reversed = [...users].reverse().map((u) => scoresOf(b, u));
    expect(reversed.reverse()).toEqual(first);
    expect(users.map((u) => scoresOf(a, u))).toEqual(first);
  });

  it('reproduces the base scorer exactly when lambda is 0', () => {
    const plain = toExpandedScorer(ctx, base, { k: 3, lambda: 0, tau: 0.5 });
    for (const user of users) {
      expect(scoresOf(plain, user)).toEqual(scoresOf(base, user));
      expect(plain.expansion(user)).toEqual([]);
    }
  });

  it('expands with the base model’s top 3, weighted by exp(logit / tau), and blends half-half', () => {
    const expanded = toExpandedScorer(ctx, base, { ...DEFAULT_EXPANSION, adviser: undefined });
    const user = users[0]!;
    const p = scoresOf(base, user);
    const top = rankTopK(p, ctx.codes, null, 3);
    const neighbours = expanded.expansion(user);
    expect(neighbours.map((n) => n.careerIndex)).toEqual(top.map((t) => t.index));
    const z = top.map((t) => Math.log(t.score / (1 - t.score)) / 0.5);
    const e = z.map((v) => Math.exp(v - Math.max(...z)));
    neighbours.forEach((n, i) =>
      expect(n.weight).toBeCloseTo(e[i]! / e.reduce((s, v) => s + v, 0), 12),
    );
    const rows = neighbours.map((n) => toFullProfileRow(ctx, base, n.careerIndex));
    const all = scoresOf(expanded, user);
    for (const c of [0, 100, 500, top[0]!.index]) {
      const resemblance = neighbours.reduce((s, n, i) => s + n.weight * rows[i]![c]!, 0);
      expect(all[c]).toBeCloseTo(0.5 * p[c]! + 0.5 * resemblance, 12);
      expect(all[c]).toBeGreaterThanOrEqual(0);
      expect(all[c]).toBeLessThanOrEqual(1);
    }
  });

  it('takes the neighbours only from careers the person’s constraints and current job allow', () => {
    const expanded = toExpandedScorer(ctx, base);
    const profile = resolveProfile(
      { ...profiles[1]!, currentOccupation: '15-1252.00', constraints: { socMajorGroups: ['15'] } },
      { findOccupation: ctx.findOccupation },
    );
    const user = toUserContext(profile, ctx.population);
    const p = scoresOf(base, user);
    const eligible = ctx.careers.map((c) => c.code.startsWith('15-') && c.code !== '15-1252.00');
    const top = rankTopK(p, ctx.codes, eligible, 3);
    expect(expanded.expansion(user).map((n) => n.code)).toEqual(top.map((t) => ctx.codes[t.index]));
    expect(top).toHaveLength(3);
  });

  it('explains with the base model’s contributions and names the best matches other than the career', () => {
    const expanded = toExpandedScorer(ctx, base);
    const profile = resolveProfile(profiles[0]!, { findOccupation: ctx.findOccupation });
    const user = toUserContext(profile, ctx.population);
    const titles = expanded
      .expansion(user)
      .map((n) => ctx.catalog.occupations[ctx.careers[n.careerIndex]!.catalogIndex]!.title);
    const result = rankForProfile(ctx, expanded, profile, { limit: 5, explain: true });
    for (const r of result.recommendations) {
      const facts = r.explanation!.facts;
      expect(facts.resemblesBestMatches).toEqual(titles.filter((t) => t !== r.title));
      expect(r.explanation!.text).toContain(facts.resemblesBestMatches[0]!);
      const career = ctx.findCareer(r.code)!;
      expect(expanded.contributions(user, career)).toEqual(base.contributions(user, career));
      for (const cf of facts.counterfactuals) {
        const idx = SKILLS.findIndex((s) => s.name === cf.skill);
        const raised = toUserContext(withSkillLevel(profile, idx, cf.toLevel), ctx.population);
        expect(toMatchPercent(expanded, raised, expanded.scoreOne(raised, career))).toBe(
          cf.toPercent,
        );
        expect(cf.fromPercent).toBe(r.matchPercent);
      }
    }
    expect(result.model.description).toContain('3 occupations that fit you best');
  });

  it('shows the calibrated probability as matchPercent: never rising down the list, not bunched at 100', () => {
    const expanded = toExpandedScorer(ctx, base);
    if (!isMatchCalibrated(expanded)) throw new Error('the blended model carries no calibration');
    for (const input of [...profiles, { currentOccupation: '29-1141.00' }]) {
      const profile = resolveProfile(input, { findOccupation: ctx.findOccupation });
      const user = toUserContext(profile, ctx.population);
      const result = rankForProfile(ctx, expanded, profile, { limit: 10, explain: false });
      const percents = result.recommendations.map((r) => r.matchPercent);
      result.recommendations.forEach((r, i) => {
        expect(r.matchPercent).toBe(Math.round(100 * expanded.matchProbability(user, r.score)));
        if (i > 0) expect(r.matchPercent).toBeLessThanOrEqual(percents[i - 1]!);
      });
      expect(percents[0]).toBeLessThan(100);
      expect(percents[0]).toBeGreaterThan(0);
    }
    expect(
      rankForProfile(
        ctx,
        expanded,
        resolveProfile(profiles[0]!, { findOccupation: ctx.findOccupation }),
        {
          limit: 1,
          explain: false,
        },
      ).model.description,
    ).toContain('O*NET lists as related');
  });
});
