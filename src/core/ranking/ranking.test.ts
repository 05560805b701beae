import { describe, expect, it } from 'vitest';
import { makeOccupation } from '../../../test/support/occupation-fixture.js';
import { SKILLS, blankProfile, type OnetCode, type UserProfile } from '../domain/index.js';
import {
  FEATURE_COUNT,
  FEATURE_NAMES,
  buildPairFeatures,
  toCareerProfile,
  toPopulationStats,
  toUserContext,
} from '../features/index.js';
import { checkConstraints, eligibilityOf } from './constraints.js';
import { createLinearScorer, linearProbability } from './linear-scorer.js';
import { rankTopK } from './rank.js';
import { skillGaps, skillsToCheck } from './skill-gaps.js';

const profile = blankProfile;

const occupations = [
  makeOccupation({
    code: '15-1252.00',
    skills: { Programming: [4.8, 6] },
    interests: [4, 7, 2, 1, 2, 5],
    medianUsd: 133080,
    jobZone: 4,
    bright: true,
    changePercent: 15,
  }),
  makeOccupation({
    code: '29-1141.00',
    skills: { 'Social Perceptiveness': [4.5, 5] },
    interests: [4, 5, 1, 7, 2, 4],
    medianUsd: 93600,
    jobZone: 3,
  }),
  makeOccupation({
    code: '27-3031.00',
    skills: { Writing: [4.2, 5], Speaking: [4.4, 5] },
    interests: [1, 3, 5, 4, 7, 3],
    medianUsd: null,
    jobZone: 4,
    suppressed: SKILLS.slice(0, 20).map((s) => s.name),
  }),
];
const POP = toPopulationStats(occupations);
const careers = occupations.map((o, i) => toCareerProfile(o, i, POP)!);
const userOf = (p: UserProfile) => toUserContext(p, POP);

describe('ranking order', () => {
  it('orders by score, highest first, and breaks ties by code', () => {
    const codes = ['b', 'a', 'c', 'd'];
    expect(rankTopK([0.5, 0.5, 0.9, 0.1], codes, null, 3)).toEqual([
      { index: 2, score: 0.9 },
      { index: 1, score: 0.5 },
      { index: 0, score: 0.5 },
    ]);
  });

  it('keeps only eligible candidates and returns fewer than k when fewer qualify', () => {
    expect(
      rankTopK([0.2, 0.8, 0.5], ['a', 'b', 'c'], [true, false, true], 5).map((r) => r.index),
    ).toEqual([2, 0]);
  });

  it('is the same as a full sort for random scores', () => {
    const scores = Array.from({ length: 200 }, (_, i) => ((i * 7919) % 101) / 100);
    const codes = scores.map((_, i) => `c${String(i).padStart(3, '0')}`);
    const full = scores
      .map((score, index) => ({ index, score }))
      .sort((a, b) => b.score - a.score || codes[a.index]!.localeCompare(codes[b.index]!))
      .slice(0, 25);
    expect(rankTopK(scores, codes, null, 25)).toEqual(full);
  });
});

describe('constraints', () => {
  const [dev, nurse, writer] = careers as [
    (typeof careers)[0],
    (typeof careers)[0],
    (typeof careers)[0],
  ];
  it('filters by field, salary floor, job zone, outlook, exclusions and the current job', () => {
    expect(checkConstraints(dev, { socMajorGroups: ['15'] }, null)).toBeNull();
    expect(checkConstraints(nurse, { socMajorGroups: ['15'] }, null)).toBe('field');
    expect(checkConstraints(nurse, { minSalaryUsd: 100000 }, null)).toBe('salary');
    expect(checkConstraints(dev, { maxJobZone: 3 }, null)).toBe('job-zone');
    expect(checkConstraints(nurse, { brightOutlookOnly: true }, null)).toBe('outlook');
    expect(checkConstraints(dev, { excludeCodes: ['15-1252.00'] }, null)).toBe('excluded');
    expect(checkConstraints(dev, {}, '15-1252.00' as OnetCode)).toBe('current-occupation');
  });
  it('leaves out the fields a person avoids, and only those', () => {
    expect(checkConstraints(nurse, { avoidSocMajorGroups: ['29'] }, null)).toBe('field');
    expect(checkConstraints(dev, { avoidSocMajorGroups: ['29'] }, null)).toBeNull();
  });

  it('drops occupations without a published wage when a salary floor is set', () => {
    expect(checkConstraints(writer, { minSalaryUsd: 1 }, null)).toBe('salary');
    expect(checkConstraints(writer, {}, null)).toBeNull();
  });
  it('eligibilityOf marks the careers checkConstraints lets through and counts the others by reason', () => {
    const constraints = { minSalaryUsd: 95_000 };
    const { mask, excluded } = eligibilityOf(careers, {
      constraints,
      currentOccupation: '15-1252.00' as OnetCode,
    });
    expect([...mask]).toEqual([0, 0, 0]);
    expect(excluded).toEqual({ 'current-occupation': 1, salary: 2 });
    expect([...eligibilityOf(careers, { constraints, currentOccupation: null }).mask]).toEqual([
      1, 0, 0,
    ]);
  });
  it('eligibilityOf answers a repeated question about the same constraints from its memo', () => {
    const constraints = { maxJobZone: 3 };
    const first = eligibilityOf(careers, { constraints, currentOccupation: null });
    expect(eligibilityOf(careers, { constraints, currentOccupation: null })).toBe(first);
    // Equal content in another object (the next request's) is the same question.
    expect(
      eligibilityOf(careers, { constraints: { maxJobZone: 3 }, currentOccupation: null }),
    ).toBe(first);
    expect([...first.mask]).toEqual([0, 1, 0]);
  });
  it('eligibilityOf answers other constraints or another current job anew', () => {
    const first = eligibilityOf(careers, {
      constraints: { maxJobZone: 4 },
      currentOccupation: null,
    });
    const other = eligibilityOf(careers, {
      constraints: { maxJobZone: 2 },
      currentOccupation: null,
    });
    const withJob = eligibilityOf(careers, {
      constraints: { maxJobZone: 4 },
      currentOccupation: '15-1252.00' as OnetCode,
    });
    expect(other).not.toBe(first);
    expect(withJob).not.toBe(first);
    expect([first.mask, other.mask, withJob.mask].map((m) => [...m])).toEqual([
      [...careers.map((c) => (checkConstraints(c, { maxJobZone: 4 }, null) === null ? 1 : 0))],
      [...careers.map((c) => (checkConstraints(c, { maxJobZone: 2 }, null) === null ? 1 : 0))],
      [
        ...careers.map((c) =>
          checkConstraints(c, { maxJobZone: 4 }, '15-1252.00' as OnetCode) === null ? 1 : 0,
        ),
      ],
    ]);
  });
});

describe('skill gaps', () => {
  it('lists needed skills the person stated below the level needed, biggest first', () => {
    const levels = new Array(35).fill(null);
    levels[21] = 3; // Programming
    const user = userOf(
      profile({
        skillLevels: levels,
        skillSources: levels.map((l) => (l === null ? null : 'stated')),
      }),
    );
    const gaps = skillGaps(user, careers[0]!);
    expect(gaps[0]).toMatchObject({
      skill: 'Programming',
      requiredLevel: 6,
      currentLevel: 3,
      gap: 3,
    });
  });
  it('takes a named skill without a level at the person’s word', () => {
    const levels = new Array(35).fill(null);
    levels[21] = 4;
    const user = userOf(
      profile({
        skillLevels: levels,
        skillSources: levels.map((l) => (l === null ? null : 'stated-default')),
      }),
    );
    expect(skillGaps(user, careers[0]!).map((g) => g.skill)).not.toContain('Programming');
  });
  it('never makes a gap of a skill the person did not mention: that one is worth checking', () => {
    const user = userOf(profile({ interests: [1, 0, 0, 0, 0, 0] }));
    expect(skillGaps(user, careers[2]!)).toEqual([]);
    const check = skillsToCheck(user, careers[2]!);
    expect(check.map((c) => c.skill)).toEqual(['Speaking', 'Writing']);
    expect(check[0]).toMatchObject({ requiredLevel: 5, requiredRating: 4, importance: 4.4 });
    const levels = new Array(35).fill(null);
    levels[SKILLS.findIndex((s) => s.name === 'Writing')] = 2;
    const writer = userOf(
      profile({
        skillLevels: levels,
        skillSources: levels.map((l) => (l === null ? null : 'stated')),
      }),
    );
    expect(skillGaps(writer, careers[2]!).map((g) => g.skill)).toEqual(['Writing']);
    expect(skillsToCheck(writer, careers[2]!).map((c) => c.skill)).toEqual(['Speaking']);
  });
});

describe('linear scorer', () => {
  it('takes a feature that does not apply to the person at its mean: contribution 0, never a factor', () => {
    const j = FEATURE_NAMES.indexOf('pair:technology_similarity');
    const k = FEATURE_NAMES.indexOf('pair:salary_fit');
    const weights = new Float64Array(FEATURE_COUNT);
    weights[j] = 2;
    weights[k] = 1;
    const mean = new Float64Array(FEATURE_COUNT);
    mean[j] = 0.3;
    mean[k] = 0.2;
    const model = {
      version: 't',
      weights,
      intercept: 0,
      mean,
      scale: new Float64Array(FEATURE_COUNT).fill(1),
    };
    // No current job and no salary floor: neither feature applies.
    const user = userOf(profile({ interests: [0, 1, 0, 0, 0.8, 0] }));
    const scorer = createLinearScorer(model);
    const out = new Float64Array(careers.length);
    scorer.scoreAll(user, careers, out);
    for (const [c, career] of careers.entries()) {
      const contributions = scorer.contributions(user, career);
      expect(contributions[j]).toBe(0);
      expect(contributions[k]).toBe(0);
      // σ(0): as if both sat at their means, not at a measured 0 (which would give σ(−0.8)).
      expect(out[c]).toBeCloseTo(0.5, 12);
      expect(scorer.scoreOne(user, career)).toBe(0.5);
    }
  });

  it('gives exactly the probability of the full feature vector', () => {
    const weights = Float64Array.from({ length: FEATURE_COUNT }, (_, j) => Math.sin(j + 1));
    const mean = Float64Array.from({ length: FEATURE_COUNT }, (_, j) => 0.01 * (j % 7));
    const scale = Float64Array.from({ length: FEATURE_COUNT }, (_, j) => 0.5 + (j % 5) / 10);
    const model = { version: 't', weights, intercept: -0.3, mean, scale };
    const levels = new Array(35).fill(null);
    levels[21] = 5;
    levels[2] = 4;
    const user = userOf(
      profile({
        skillLevels: levels,
        skillSources: levels.map((l, i) =>
          l === null ? null : i === 2 ? 'stated-default' : 'stated',
        ),
        interests: [0, 1, 0, 0, 0.8, 0],
        interestOrder: ['I', 'E'],
        values: [1, 0, 0.8, 0, 0, 0],
        constraints: { minSalaryUsd: 70000 },
        currentJobZone: 3,
      }),
    );
    const out = new Float64Array(careers.length);
    createLinearScorer(model).scoreAll(user, careers, out);
    careers.forEach((c, i) => {
      expect(out[i]).toBeCloseTo(linearProbability(model, buildPairFeatures(user, c)), 12);
    });
  });
});
