import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSharedCatalog } from '../../../test/support/catalog.js';
import { level, score, skill, source } from '../../../test/support/profile-arbitraries.js';
import {
  RIASEC_LETTERS,
  SKILLS,
  inferProfileFromOccupation,
  toSkillRating,
  type Occupation,
  type OnetCode,
  type SkillLevelSource,
  type UserProfile,
} from '../domain/index.js';
import {
  FEATURE_COUNT,
  FEATURE_NAMES,
  buildPairFeatures,
  technologySimilarity,
  cosine,
  toCareerSet,
  toUserContext,
  type CareerProfile,
  type PopulationStats,
} from '../features/index.js';
import { selectCareers } from './career-columns.js';
import { createCosineScorer } from './cosine-scorer.js';
import { createLinearScorer, linearProbability, type LinearModelParams } from './linear-scorer.js';
import { skillGaps, skillsToCheck, type SkillGap } from './skill-gaps.js';

let population: PopulationStats;
let occupations: readonly Occupation[];
let careers: readonly CareerProfile[];

beforeAll(async () => {
  const catalog = await loadSharedCatalog();
  ({ careers, population } = toCareerSet(catalog.occupations));
  occupations = catalog.occupations.filter((o) => o.rateable && o.skills !== null);
});

const skills: fc.Arbitrary<readonly ([number, SkillLevelSource] | null)[]> = fc.oneof(
  fc.array(skill(1), { minLength: 35, maxLength: 35 }),
  fc.array(skill(12), { minLength: 35, maxLength: 35 }),
  fc.constant([]),
);

/** Random profiles: sparse or dense skills; inferred from a real occupation as is, or changed. */
const profileArb = fc.record({
  skills,
  interests: fc.option(fc.array(score, { minLength: 6, maxLength: 6 }), { nil: null }),
  interestOrder: fc.uniqueArray(fc.constantFrom(...RIASEC_LETTERS), { maxLength: 3 }),
  values: fc.option(fc.array(score, { minLength: 6, maxLength: 6 }), { nil: null }),
  minSalaryUsd: fc.option(fc.integer({ min: 0, max: 250_000 }), { nil: undefined }),
  currentJobZone: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  inferredFrom: fc.option(fc.nat(), { nil: null }),
  /** Use the occupation's own skill levels (as a profile inferred from a current job has). */
  ownLevels: fc.boolean(),
  /** Levels then stated on top of the occupation's own (as a person changing a few). */
  changes: fc.array(fc.tuple(fc.nat({ max: 34 }), level, source), { maxLength: 16 }),
  /** Nudge one inferred skill importance, so the z-scores are no longer the occupation's own. */
  nudge: fc.boolean(),
  current: fc.boolean(),
});

function toProfile(r: typeof profileArb extends fc.Arbitrary<infer T> ? T : never): UserProfile {
  const from = r.inferredFrom === null ? null : occupations[r.inferredFrom % occupations.length]!;
  const levels: (number | null)[] = SKILLS.map((_, k) => r.skills[k]?.[0] ?? null);
  const sources: (SkillLevelSource | null)[] = SKILLS.map((_, k) => r.skills[k]?.[1] ?? null);
  if (from && r.ownLevels) {
    from.skills!.forEach((s, k) => {
      levels[k] = s.level;
      sources[k] = 'inferred';
    });
    for (const [k, level, how] of r.changes) {
      levels[k] = level;
      sources[k] = how;
    }
  }
  const importance = from ? from.skills!.map((s) => s.importance) : [];
  if (from && r.nudge) importance[3] = importance[3]! + 1;
  return {
    skillLevels: levels,
    skillSources: sources,
    interests: r.interests,
    interestOrder: r.interestOrder,
    values: r.values,
    valueOrder: [],
    constraints: { minSalaryUsd: r.minSalaryUsd },
    currentOccupation: from && r.current ? from.code : null,
    currentJobZone: r.currentJobZone,
    inferred: from
      ? {
          code: from.code as OnetCode,
          skillImportance: importance,
          abilityImportance: from.abilities?.map((a) => a.importance) ?? null,
          workStyleImpact: from.workStyles?.impact ?? null,
        }
      : null,
  };
}

/** A random logistic model: every weight non-trivial (sin of a random frequency), random scaler. */
const modelArb: fc.Arbitrary<LinearModelParams> = fc
  .tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: -2, max: 2, noNaN: true }))
  .map(([seed, intercept]) => {
    const wave = (j: number, f: number) => Math.sin((j + 1) * f * (1 + (seed % 997)));
    return {
      version: `random-${seed}`,
      weights: Float64Array.from({ length: FEATURE_COUNT }, (_, j) => 0.5 * wave(j, 1)),
      intercept,
      mean: Float64Array.from({ length: FEATURE_COUNT }, (_, j) => 0.3 * wave(j, 2)),
      scale: Float64Array.from({ length: FEATURE_COUNT }, (_, j) => 0.4 + Math.abs(wave(j, 3))),
    };
  });

describe('fast scoring against the full feature vector', () => {
  it('scoring a selection of careers gives each the number scoring all of them gives (up to rounding)', () => {
    const all = new Float64Array(careers.length);
    fc.assert(
      fc.property(
        profileArb,
        modelArb,
        fc.uniqueArray(fc.nat({ max: 893 }), { minLength: 1, maxLength: 12 }),
        (r, model, picked) => {
          const indices = picked.map((i) => i % careers.length);
          const user = toUserContext(toProfile(r), population);
          const scorer = createLinearScorer(model);
          scorer.scoreAll(user, careers, all);
          const some = new Float64Array(indices.length);
          scorer.scoreAll(user, selectCareers(careers, indices), some);
          indices.forEach((i, k) => expect(some[k]).toBeCloseTo(all[i]!, 12));
        },
      ),
      { seed: 41, numRuns: 150 },
    );
  });

  it('linear scorer: scoreAll gives linearProbability(buildPairFeatures) for every career', () => {
    const out = new Float64Array(careers.length);
    const x = new Float64Array(FEATURE_COUNT);
    fc.assert(
      fc.property(profileArb, modelArb, (r, model) => {
        const user = toUserContext(toProfile(r), population);
        createLinearScorer(model).scoreAll(user, careers, out);
        careers.forEach((career, c) => {
          const expected = linearProbability(model, buildPairFeatures(user, career, x));
          if (!(Math.abs(out[c]! - expected) <= 1e-12))
            throw new Error(`${career.code}: ${out[c]} ≠ ${expected}`);
        });
      }),
      { seed: 7, numRuns: 60 },
    );
  });

  it('linear scorer: the same scorer gives the same scores for a repeated request', () => {
    const scorer = createLinearScorer(fc.sample(modelArb, { seed: 1, numRuns: 1 })[0]!);
    fc.assert(
      fc.property(profileArb, (r) => {
        const first = new Float64Array(careers.length);
        const second = new Float64Array(careers.length);
        scorer.scoreAll(toUserContext(toProfile(r), population), careers, first);
        scorer.scoreAll(toUserContext(toProfile(r), population), careers, second);
        expect(second).toEqual(first);
      }),
      { seed: 8, numRuns: 20 },
    );
  });

  it('linear scorer: rows cached for an occupation are not reused under other statistics', () => {
    const model = fc.sample(modelArb, { seed: 2, numRuns: 1 })[0]!;
    const scorer = createLinearScorer(model);
    const from = occupations[100]!;
    const profile = toProfile({
      ...fc.sample(profileArb, { seed: 3, numRuns: 1 })[0]!,
      inferredFrom: 100,
      ownLevels: true,
      changes: [],
      nudge: false,
    });
    expect(profile.inferred?.code).toBe(from.code);
    const out = new Float64Array(careers.length);
    scorer.scoreAll(toUserContext(profile, population), careers, out);
    const other = toCareerSet(occupations.slice(0, 300)).population;
    const user = toUserContext(profile, other);
    scorer.scoreAll(user, careers, out);
    careers.forEach((career, c) => {
      expect(out[c]).toBeCloseTo(linearProbability(model, buildPairFeatures(user, career)), 12);
    });
  });

  it('linear scorer: the technology similarity alone gives σ(b + w·similarity) per career', () => {
    const j = FEATURE_NAMES.indexOf('pair:technology_similarity');
    const weights = new Float64Array(FEATURE_COUNT);
    weights[j] = 3;
    const model = {
      version: 'technology-only',
      weights,
      intercept: -1,
      mean: new Float64Array(FEATURE_COUNT),
      scale: new Float64Array(FEATURE_COUNT).fill(1),
    };
    const scorer = createLinearScorer(model);
    const out = new Float64Array(careers.length);
    let shared = 0;
    // Every 25th occupation as the current job, twice (the second time from the row cache).
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < occupations.length; i += 25) {
        const user = toUserContext(inferProfileFromOccupation(occupations[i]!), population);
        scorer.scoreAll(user, careers, out);
        careers.forEach((career, c) => {
          const similarity = technologySimilarity(user.inferredTechnology, career.technology);
          if (similarity > 0.2 && career.code !== occupations[i]!.code) shared++;
          expect(out[c]).toBe(linearProbability(model, buildPairFeatures(user, career)));
          expect(out[c]).toBeCloseTo(1 / (1 + Math.exp(1 - 3 * similarity)), 12);
        });
      }
    expect(shared).toBeGreaterThan(100);
  });

  it('cosine scorer: scoreAll and scoreOne give exactly the cosine of the two vectors', () => {
    const out = new Float64Array(careers.length);
    const scorer = createCosineScorer();
    fc.assert(
      fc.property(profileArb, (r) => {
        const user = toUserContext(toProfile(r), population);
        scorer.scoreAll(user, careers, out);
        careers.forEach((career, c) => {
          const expected = cosine(user.vector, career.vector);
          expect(out[c]).toBe(expected);
          expect(scorer.scoreOne(user, career)).toBe(expected);
        });
      }),
      { seed: 9, numRuns: 40 },
    );
  });
});

/** skillGaps written the plain way: every gap as an object, sorted, cut to `limit`. */
function referenceSkillGaps(
  user: ReturnType<typeof toUserContext>,
  career: CareerProfile,
  limit: number,
): SkillGap[] {
  return SKILLS.flatMap((s, k) => {
    const importance = career.skillImportance[k]!;
    const required = career.skillLevels[k]!;
    const level = user.profile.skillLevels[k] ?? null;
    const known = user.profile.skillSources[k] === 'stated-default' ? null : level;
    // Not mentioned or named without a level: not a gap.
    if (importance < 3 || known === null) return [];
    if (toSkillRating(required) <= toSkillRating(known)) return [];
    return [
      {
        skillId: s.id,
        skill: s.name,
        requiredLevel: required,
        currentLevel: known,
        requiredRating: toSkillRating(required),
        currentRating: toSkillRating(known),
        importance,
        gap: required - known,
      },
    ];
  })
    .sort((a, b) => b.importance * b.gap - a.importance * a.gap || a.skill.localeCompare(b.skill))
    .slice(0, limit);
}

/** The needed skills not mentioned, by the plain sort: importance × required level, then name. */
function referenceSkillsToCheck(
  user: ReturnType<typeof toUserContext>,
  career: CareerProfile,
  limit: number,
) {
  return SKILLS.flatMap((s, k) =>
    career.skillImportance[k]! >= 3 && user.profile.skillLevels[k] == null
      ? [
          {
            skillId: s.id,
            skill: s.name,
            requiredLevel: career.skillLevels[k]!,
            requiredRating: toSkillRating(career.skillLevels[k]!),
            importance: career.skillImportance[k]!,
          },
        ]
      : [],
  )
    .sort(
      (a, b) =>
        b.importance * b.requiredLevel - a.importance * a.requiredLevel ||
        a.skill.localeCompare(b.skill),
    )
    .slice(0, limit);
}

describe('skill gaps', () => {
  it('are the biggest gaps of the plain sort (and the skills to check too), for random profiles and careers', () => {
    fc.assert(
      fc.property(profileArb, fc.nat(), fc.integer({ min: 0, max: 8 }), (r, c, limit) => {
        const user = toUserContext(toProfile(r), population);
        const career = careers[c % careers.length]!;
        expect(skillGaps(user, career, limit)).toEqual(referenceSkillGaps(user, career, limit));
        expect(skillsToCheck(user, career, limit)).toEqual(
          referenceSkillsToCheck(user, career, limit),
        );
      }),
      { seed: 10, numRuns: 500 },
    );
  });
});
