import { beforeAll, describe, expect, it } from 'vitest';
import { loadSharedContext, trainSmallModel } from '../../../test/support/recommender.js';
import type { RecommenderContext } from '../../app/recommend/index.js';
import { rankForProfile } from '../../app/recommend/index.js';
import { resolveProfile } from '../../app/profile/index.js';
import { SKILLS } from '../domain/index.js';
import { FEATURES, toUserContext } from '../features/index.js';
import type { Scorer } from '../ranking/index.js';
import { createCosineScorer } from '../ranking/index.js';
import { toPercent, withSkillLevel } from './counterfactual.js';
import { toFactors } from './factors.js';
import { MARKETER, NURSE } from '../../../test/support/personas.js';

let ctx: RecommenderContext;
let ml: Scorer;
const profiles = [
  MARKETER,
  {
    skills: [
      { name: 'Programming', level: 3 },
      { name: 'Mathematics', rating: 4 },
    ],
    interests: ['I', 'C'],
    constraints: { minSalaryUsd: 70000 },
  },
  NURSE,
];

beforeAll(async () => {
  ctx = await loadSharedContext();
  ml = trainSmallModel(ctx);
});

const resolve = (p: (typeof profiles)[number]) =>
  resolveProfile(p, { findOccupation: ctx.findOccupation });

describe('explanations never contradict the score', () => {
  it('names as top factors exactly the largest positive contributions, and holds back a negative one', () => {
    for (const p of profiles) {
      const result = rankForProfile(ctx, ml, resolve(p), { limit: 5, explain: true });
      for (const r of result.recommendations) {
        const facts = r.explanation!.facts;
        const contributions = facts.factors.map((f) => f.contribution);
        expect([...contributions].sort((a, b) => b - a)).toEqual(contributions);
        expect(facts.topFactors).toEqual(
          facts.factors.filter((f) => f.contribution > 0).slice(0, 3),
        );
        // What holds it back is a factor that pulls the score down (the most negative one whose
        // reason the data bear out, see truth-check.ts), never the overall profile.
        const h = facts.holdingBack;
        if (h) {
          const { id, kind, label, contribution } = h;
          expect(facts.factors).toContainEqual({ id, kind, label, contribution });
          expect(contribution).toBeLessThan(0);
          expect(id).not.toBe('career-profile');
        }
      }
    }
  });

  it('builds the factors from contributions that add up to the model’s logit', () => {
    const profile = resolve(profiles[0]!);
    const user = toUserContext(profile, ctx.population);
    for (const career of ctx.careers.slice(0, 50)) {
      const c = ml.contributions(user, career);
      const p = ml.scoreOne(user, career);
      const logit = Math.log(p / (1 - p));
      const sum = c.reduce((a, b) => a + b, 0);
      // logit = intercept + Σ contributions; the intercept is the same for every career.
      expect(Number.isFinite(sum)).toBe(true);
      const other = ctx.careers[60]!;
      const p2 = ml.scoreOne(user, other);
      const sum2 = ml.contributions(user, other).reduce((a, b) => a + b, 0);
      expect(logit - Math.log(p2 / (1 - p2))).toBeCloseTo(sum - sum2, 9);
      // Factors regroup the non-person contributions without losing any of them.
      const personOnly = c
        .filter((_, j) => FEATURES[j]!.block === 'user')
        .reduce((a, b) => a + b, 0);
      expect(toFactors(c).reduce((a, f) => a + f.contribution, 0)).toBeCloseTo(sum - personOnly, 9);
    }
  });

  it('states counterfactual percentages that the model returns when the skill is raised', () => {
    let checked = 0;
    for (const p of profiles) {
      const profile = resolve(p);
      const result = rankForProfile(ctx, ml, profile, { limit: 8, explain: true });
      for (const r of result.recommendations) {
        for (const cf of r.explanation!.facts.counterfactuals) {
          const career = ctx.findCareer(r.code)!;
          const idx = SKILLS.findIndex((s) => s.name === cf.skill);
          const raised = toUserContext(withSkillLevel(profile, idx, cf.toLevel), ctx.population);
          expect(toPercent(ml.scoreOne(raised, career))).toBe(cf.toPercent);
          expect(cf.fromPercent).toBe(r.matchPercent);
          expect(cf.toPercent).toBeGreaterThan(cf.fromPercent);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('shows the same percentage in the text as in the facts and the score', () => {
    const result = rankForProfile(ctx, ml, resolve(profiles[1]!), { limit: 5, explain: true });
    for (const r of result.recommendations) {
      expect(r.matchPercent).toBe(toPercent(r.score));
      expect(r.explanation!.facts.matchPercent).toBe(r.matchPercent);
      const first = r.explanation!.facts.counterfactuals[0];
      if (first) expect(r.explanation!.text).toContain(`${first.toPercent}%`);
    }
  });

  it('counts the tools and technology of the current job as a factor of its own', () => {
    const profile = resolve(profiles[2]!);
    const user = toUserContext(profile, ctx.population);
    const j = FEATURES.findIndex((f) => f.name === 'pair:technology_similarity');
    const result = rankForProfile(ctx, ml, profile, { limit: 5, explain: true });
    for (const r of result.recommendations) {
      const tools = r.explanation!.facts.factors.find((f) => f.id === 'technology')!;
      expect(tools.label).toBe('the tools and technology of your current job');
      expect(tools.contribution).toBe(ml.contributions(user, ctx.findCareer(r.code)!)[j]);
    }
  });

  it('only names skills the person stated as skills that fit', () => {
    const profile = resolve(profiles[0]!);
    const result = rankForProfile(ctx, ml, profile, { limit: 10, explain: true });
    for (const r of result.recommendations) {
      for (const s of r.explanation!.facts.skillsThatFit)
        expect(['Writing', 'Speaking', 'Critical Thinking']).toContain(s);
    }
  });

  it('varies its wording across recommendations rather than repeating one template', () => {
    const result = rankForProfile(ctx, ml, resolve(profiles[0]!), { limit: 10, explain: true });
    const openings = new Set(
      result.recommendations.map((r) => r.explanation!.text.split(' ').slice(0, 3).join(' ')),
    );
    expect(openings.size).toBeGreaterThan(1);
    for (const r of result.recommendations)
      expect(r.explanation!.text).not.toMatch(/feature \d|fit:|pair:|career:/);
  });

  it('explains baseline matches too, from the cosine’s own per-dimension shares', () => {
    const result = rankForProfile(ctx, createCosineScorer(), resolve(profiles[0]!), {
      limit: 3,
      explain: true,
    });
    for (const r of result.recommendations) expect(r.explanation!.facts.model).toBe('baseline');
  });
});
