import { beforeAll, describe, expect, it } from 'vitest';
import { resolveProfile, type ProfileInput } from '../src/app/profile/index.js';
import {
  rankForProfile,
  toExpandedScorer,
  type RecommenderContext,
} from '../src/app/recommend/index.js';
import type { UserProfile } from '../src/core/domain/index.js';
import { QUERY_KINDS, toQuery } from '../src/core/evaluation/index.js';
import {
  HOLDING_BACK_REASONS,
  checkExplanation,
  type Violation,
} from '../src/core/explain/index.js';
import { toUserContext } from '../src/core/features/index.js';
import { createRng } from '../src/core/random/index.js';
import { createCosineScorer, type Scorer } from '../src/core/ranking/index.js';
import { loadSharedContext, trainSmallModel } from './support/recommender.js';
import { MARKETER, NURSE } from './support/personas.js';

let ctx: RecommenderContext;
let model: Scorer;

beforeAll(async () => {
  ctx = await loadSharedContext();
  model = trainSmallModel(ctx);
});

/** What the explanations said, counted, so a sweep that checks nothing cannot pass. */
const said = new Map<string, number>();
const count = (what: string, n = 1) => said.set(what, (said.get(what) ?? 0) + n);

/** Every rule broken by the explained top `limit` for one profile, each with where it happened. */
function violationsOf(scorer: Scorer, profile: UserProfile, limit: number, who: string) {
  const user = toUserContext(profile, ctx.population);
  const result = rankForProfile(ctx, scorer, profile, { limit, explain: true });
  return result.recommendations.flatMap((r) => {
    const career = ctx.findCareer(r.code)!;
    const occupation = ctx.catalog.occupations[career.catalogIndex]!;
    const { facts, text } = r.explanation!;
    count('explanations');
    count('strengths', facts.skillsThatFit.length);
    count('gaps', facts.gaps.length);
    count('skills to check', facts.skillsToCheck.length);
    if (facts.holdingBack) count(facts.holdingBack.reason);
    return checkExplanation({ user, career, occupation, facts, text }).map(
      (v: Violation) => `${who} → ${r.code}: ${v.rule}: ${v.detail}`,
    );
  });
}

/** The people the other tests and the README try, plus a few an adviser meets. */
const PERSONAS: readonly ProfileInput[] = [
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
  { currentOccupation: '53-7062.00' },
  {
    currentOccupation: '13-1161.00',
    interests: ['I', 'C'],
    constraints: { socMajorGroups: ['15'] },
  },
  {
    currentOccupation: '25-2031.00',
    values: ['Independence'],
    constraints: { minSalaryUsd: 60000 },
  },
  { skills: ['Programming', 'Mathematics', { name: 'Critical Thinking', rating: 4 }] },
  {
    skills: [
      { name: 'Writing', rating: 2 },
      { name: 'Science', rating: 5 },
    ],
    interests: ['I'],
  },
  { interests: ['R', 'C'], constraints: { maxJobZone: 2 } },
  { values: ['Relationships', 'Support'], constraints: { brightOutlookOnly: true } },
];

describe('explanations are true by construction', () => {
  it('break no rule for any rateable occupation’s sparse, noisy and full query', () => {
    const violations: string[] = [];
    for (const kind of QUERY_KINDS)
      for (const career of ctx.careers) {
        const occupation = ctx.catalog.occupations[career.catalogIndex]!;
        const rng = createRng(42).fork(`${kind}:${occupation.code}`);
        const profile = toQuery(kind, occupation, rng);
        violations.push(...violationsOf(model, profile, 10, `${kind} ${occupation.code}`));
      }
    expect(violations.slice(0, 20)).toEqual([]);
    expect(violations.length).toBe(0);
    // Every part was exercised: 894 occupations × 3 queries × 10 explanations.
    expect(said.get('explanations')).toBe(ctx.careers.length * QUERY_KINDS.length * 10);
    for (const what of ['strengths', 'gaps', 'skills to check', 'interests-differ'])
      expect(said.get(what) ?? 0, what).toBeGreaterThan(100);
    expect(HOLDING_BACK_REASONS.filter((r) => said.has(r)).length).toBeGreaterThanOrEqual(6);
  });

  it('break no rule for the personas, ranked by the product’s expanded model', () => {
    const product = toExpandedScorer(ctx, model);
    const violations = PERSONAS.flatMap((input, i) =>
      violationsOf(
        product,
        resolveProfile(input, { findOccupation: ctx.findOccupation }),
        10,
        `persona ${i}`,
      ),
    );
    expect(violations).toEqual([]);
  });

  it('break no rule for the personas ranked by simple matching (the cosine baseline)', () => {
    const baseline = createCosineScorer();
    const violations = PERSONAS.flatMap((input, i) =>
      violationsOf(
        baseline,
        resolveProfile(input, { findOccupation: ctx.findOccupation }),
        10,
        `persona ${i} (baseline)`,
      ),
    );
    expect(violations).toEqual([]);
  });
});
