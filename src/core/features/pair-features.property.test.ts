import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSharedCatalog } from '../../../test/support/catalog.js';
import { makeOccupation } from '../../../test/support/occupation-fixture.js';
import { level, score, skill } from '../../../test/support/profile-arbitraries.js';
import {
  RIASEC_LETTERS,
  SKILLS,
  type Occupation,
  type OnetCode,
  type SkillLevelSource,
  type UserProfile,
} from '../domain/index.js';
import { toCareerProfile, toCareerSet, type CareerProfile } from './career-profile.js';
import { CONTEXT_FEATURES, FEATURE_COUNT } from './feature-registry.js';
import { featureApplies } from './feature-spec.js';
import { CONTEXT_START, buildPairFeatures } from './pair-features.js';
import type { PopulationStats } from './population-stats.js';
import { toUserContext, type UserContext } from './user-context.js';
import { INTEREST_OFFSET, VALUE_OFFSET } from './vector-layout.js';

/**
 * The context features written the plain way, straight from their definitions and from the
 * original fields of the user and career views only (no precomputed norms, centred vectors,
 * index lists or masks), so the records' definitions can be checked against it. A new feature
 * without an entry here is checked by its own test (context-features.test.ts).
 */
function referenceContextFeatures(
  user: UserContext,
  career: CareerProfile,
): Readonly<Record<string, number>> {
  const p = user.profile;
  // Technology: IDF-weighted cosine of the examples and commodity classes of the job the
  // profile was inferred from and of the career's occupation (IDF from the population).
  const idfVector = (o: Occupation | undefined) => {
    const v = new Map<string, number>();
    for (const t of o?.technologies ?? [])
      for (const key of [t.name, `commodity: ${t.commodityTitle}`]) {
        const term = population.technology.termOf.get(key);
        if (term !== undefined) v.set(key, population.technology.idf[term]!);
      }
    return v;
  };
  const userTech = idfVector(p.inferred ? byCode.get(p.inferred.code) : undefined);
  const careerTech = idfVector(occupationOf.get(career));
  const names = [...new Set([...userTech.keys(), ...careerTech.keys()])].sort();
  const clip = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
  const cosine = (a: ArrayLike<number>, b: ArrayLike<number>) => {
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (let i = 0; i < a.length; i++) {
      dot += a[i]! * b[i]!;
      na += a[i]! * a[i]!;
      nb += b[i]! * b[i]!;
    }
    return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
  };
  const pearson = (a: readonly number[], b: readonly number[]) => {
    const ma = a.reduce((s, x) => s + x, 0) / a.length;
    const mb = b.reduce((s, x) => s + x, 0) / b.length;
    return cosine(
      a.map((x) => x - ma),
      b.map((x) => x - mb),
    );
  };
  const careerPart = (offset: number) => Array.from(career.vector.subarray(offset, offset + 6));
  const known = SKILLS.map((_, k) => k).filter((k) => !Number.isNaN(user.knownLevels[k]!));
  const floor = user.minSalaryUsd;
  const wage = career.medianWageUsd;
  const zone = user.referenceJobZone;
  const delta = zone !== null && career.jobZone !== null ? career.jobZone - zone : null;
  let shortfall = 0;
  let surplus = 0;
  let weight = 0;
  for (const k of known) {
    const diff = career.skillLevels[k]! - user.knownLevels[k]!;
    shortfall += career.skillImportance[k]! * Math.max(0, diff);
    surplus += career.skillImportance[k]! * Math.max(0, -diff);
    weight += career.skillImportance[k]!;
  }
  let alignNum = 0;
  let alignDen = 0;
  for (let k = 0; k < SKILLS.length; k++) {
    alignNum += user.strength[k]! * career.emphasis[k]!;
    alignDen += Math.abs(user.strength[k]!);
  }
  const hp = career.highPoints;
  return {
    'user:skills_stated': user.stated.reduce((a, b) => a + b, 0) / SKILLS.length,
    'pair:salary_fit':
      floor === null || floor <= 0 || wage === null ? 0 : clip(Math.log2(wage / floor), -1, 1),
    'pair:job_zone_step_up': delta === null ? 0 : Math.max(0, delta) / 4,
    'pair:job_zone_step_down': delta === null ? 0 : Math.max(0, -delta) / 4,
    'career:growth': career.growthPercent === null ? 0 : clip(career.growthPercent / 20, -1, 1),
    'career:bright_outlook': career.brightOutlook ? 1 : 0,
    'career:openings':
      career.annualOpeningsThousands === null
        ? 0
        : Math.log10(1 + Math.max(0, career.annualOpeningsThousands)) / 2,
    'pair:interest_first_match':
      user.topInterests.length > 0 && hp[0] === user.topInterests[0] ? 1 : 0,
    'pair:interest_code_overlap':
      hp.length === 0 ? 0 : user.topInterests.filter((l) => hp.includes(l)).length / hp.length,
    'pair:top_skill_coverage':
      career.topSkills.filter((k) => user.stated[k] === 1).length / career.topSkills.length,
    'pair:value_top_match': user.topValue >= 0 && user.topValue === career.topValue ? 1 : 0,
    'pair:skill_shortfall': weight === 0 ? 0 : shortfall / weight / 7,
    'pair:skill_surplus': weight === 0 ? 0 : surplus / weight / 7,
    'pair:skill_alignment': alignDen === 0 ? 0 : alignNum / alignDen,
    'pair:skill_level_correlation':
      known.length < 8
        ? 0
        : pearson(
            known.map((k) => user.knownLevels[k]!),
            known.map((k) => career.skillLevels[k]!),
          ),
    'pair:interest_correlation': p.interests
      ? pearson(p.interests, careerPart(INTEREST_OFFSET))
      : 0,
    'pair:value_correlation': p.values ? pearson(p.values, careerPart(VALUE_OFFSET)) : 0,
    'pair:profile_cosine': cosine(user.vector, career.vector),
    'pair:job_zone_distance': delta === null ? 0 : Math.abs(delta) / 4,
    'pair:skill_emphasis_similarity':
      user.inferredSkillZ.length > 0
        ? cosine(user.inferredSkillZ, career.emphasis.subarray(0, SKILLS.length))
        : 0,
    'pair:ability_similarity':
      user.inferredAbilityZ.length > 0 && career.abilityZ.length === user.inferredAbilityZ.length
        ? cosine(user.inferredAbilityZ, career.abilityZ)
        : 0,
    'pair:work_style_similarity':
      user.inferredWorkStyleZ.length > 0 &&
      career.workStyleZ.length === user.inferredWorkStyleZ.length
        ? cosine(user.inferredWorkStyleZ, career.workStyleZ)
        : 0,
    'pair:same_minor_group':
      user.currentMinorGroup !== null && career.code.slice(0, 5) === user.currentMinorGroup ? 1 : 0,
    'pair:same_major_group':
      user.currentMajorGroup !== null && career.code.slice(0, 2) === user.currentMajorGroup ? 1 : 0,
    'pair:technology_similarity': cosine(
      names.map((n) => userTech.get(n) ?? 0),
      names.map((n) => careerTech.get(n) ?? 0),
    ),
  };
}

let population: PopulationStats;
let occupations: readonly Occupation[];
let careers: CareerProfile[];
let byCode: Map<string, Occupation>;
const occupationOf = new Map<CareerProfile, Occupation>();

beforeAll(async () => {
  const catalog = await loadSharedCatalog();
  const set = toCareerSet(catalog.occupations);
  population = set.population;
  occupations = catalog.occupations.filter((o) => o.rateable && o.skills !== null);
  // Every 60th real career, plus hand-made ones: no wage, no interests' high points, flat levels.
  const fixtures = [
    makeOccupation({ code: '15-1299.09', medianUsd: null, jobZone: null, highPoints: ['I'] }),
    makeOccupation({ code: '29-1141.00', skills: { Writing: [4, 4] }, values: [1, 1, 1, 1, 1, 1] }),
    makeOccupation({ code: '47-2061.00', interests: [1, 1, 1, 1, 1, 1], highPoints: ['R', 'C'] }),
  ];
  byCode = new Map(occupations.map((o) => [o.code as string, o]));
  careers = [
    ...set.careers.filter((_, i) => i % 60 === 0),
    ...fixtures.map((o, i) => toCareerProfile(o, 10_000 + i, population)!),
  ];
  for (const c of careers)
    occupationOf.set(c, catalog.occupations[c.catalogIndex] ?? fixtures[c.catalogIndex - 10_000]!);
});

/** 35 skills: a few or most stated, or all known (as when inferred from an occupation). */
const skills: fc.Arbitrary<readonly ([number, SkillLevelSource] | null)[]> = fc.oneof(
  fc.array(skill(1), { minLength: 35, maxLength: 35 }),
  fc.array(skill(3), { minLength: 35, maxLength: 35 }),
  fc.array(skill(12), { minLength: 35, maxLength: 35 }),
  fc.array(fc.tuple(level, fc.constant<SkillLevelSource>('inferred')), {
    minLength: 35,
    maxLength: 35,
  }),
);

/** Random resolved profiles: sparse or full skills, flat or varied interests, inferred or not. */
const profileArb = fc.record({
  skills,
  interests: fc.option(fc.array(score, { minLength: 6, maxLength: 6 }), { nil: null }),
  interestOrder: fc.uniqueArray(fc.constantFrom(...RIASEC_LETTERS), { maxLength: 3 }),
  values: fc.option(fc.array(score, { minLength: 6, maxLength: 6 }), { nil: null }),
  minSalaryUsd: fc.option(fc.integer({ min: 0, max: 250_000 }), { nil: undefined }),
  maxJobZone: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  currentJobZone: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  /** Index of the occupation the profile is inferred from / the current occupation, or null. */
  inferredFrom: fc.option(fc.nat(), { nil: null }),
  current: fc.boolean(),
});

function toProfile(r: typeof profileArb extends fc.Arbitrary<infer T> ? T : never): UserProfile {
  const source = r.inferredFrom === null ? null : occupations[r.inferredFrom % occupations.length]!;
  return {
    skillLevels: r.skills.map((s) => (s === null ? null : s[0])),
    skillSources: r.skills.map((s) => (s === null ? null : s[1])),
    interests: r.interests,
    interestOrder: r.interestOrder,
    values: r.values,
    valueOrder: [],
    constraints: { minSalaryUsd: r.minSalaryUsd, maxJobZone: r.maxJobZone },
    currentOccupation: source && r.current ? source.code : null,
    currentJobZone: r.currentJobZone,
    inferred: source
      ? {
          code: source.code as OnetCode,
          skillImportance: source.skills!.map((s) => s.importance),
          abilityImportance: source.abilities?.map((a) => a.importance) ?? null,
          workStyleImpact: source.workStyles?.impact ?? null,
        }
      : null,
  };
}

describe('context features against their plain definitions', () => {
  it('give the reference numbers for random profiles and real careers (missing where they do not apply), every feature non-zero somewhere', () => {
    const x = new Float64Array(FEATURE_COUNT);
    const seen = new Set<string>();
    fc.assert(
      fc.property(profileArb, (r) => {
        const user = toUserContext(toProfile(r), population);
        for (const career of careers) {
          buildPairFeatures(user, career, x);
          const expected = referenceContextFeatures(user, career);
          CONTEXT_FEATURES.forEach((f, j) => {
            // Where a feature does not apply the pair vector holds NaN (missing) and the record
            // its placeholder, which the reference computes too.
            const applies = featureApplies(f, user);
            if (applies === Number.isNaN(x[CONTEXT_START + j]!))
              throw new Error(`${f.name} for ${career.code}: NaN exactly where it does not apply`);
            const got = applies ? x[CONTEXT_START + j]! : f.value(user, career);
            if (got !== 0) seen.add(f.name);
            const want = expected[f.name];
            if (want !== undefined && !(Math.abs(got - want) <= 1e-12))
              throw new Error(`${f.name} for ${career.code}: ${got} ≠ ${want}`);
          });
        }
      }),
      { seed: 20240611, numRuns: 300 },
    );
    // The interesting cases occur: full level correlation, inferred similarity, same group …
    expect([...seen].sort()).toEqual(CONTEXT_FEATURES.map((f) => f.name).sort());
  });
});
