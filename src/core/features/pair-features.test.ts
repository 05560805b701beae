import { describe, expect, it } from 'vitest';
import { makeOccupation } from '../../../test/support/occupation-fixture.js';
import { SKILLS, blankProfile, type UserProfile } from '../domain/index.js';
import { toCareerProfile } from './career-profile.js';
import { FEATURES, FEATURE_COUNT, FEATURE_NAMES } from './feature-registry.js';
import { featureApplies } from './feature-spec.js';
import { buildPairFeatures } from './pair-features.js';
import { salaryFit, skillShortfallSurplus } from './pair-math.js';
import { toUserContext } from './user-context.js';
import { toPopulationStats } from './population-stats.js';

const idx = (name: string) => SKILLS.findIndex((s) => s.name === name);

const profile = blankProfile;

const programmerOccupation = makeOccupation({
  code: '15-1252.00',
  skills: { Programming: [4.8, 6], 'Critical Thinking': [4, 4.5], Writing: [3, 3] },
  interests: [4, 7, 2, 1, 2, 5],
  highPoints: ['I', 'C'],
  medianUsd: 133080,
  jobZone: 4,
});
const POP = toPopulationStats([
  programmerOccupation,
  makeOccupation({
    code: '27-3031.00',
    skills: { Writing: [4.5, 5] },
    interests: [1, 2, 6, 4, 6, 2],
  }),
]);
const programmer = toCareerProfile(programmerOccupation, 0, POP)!;
const userOf = (p: UserProfile) => toUserContext(p, POP);

describe('pair features', () => {
  it('has about 150 uniquely named features and fills every one of them, NaN (missing) where one does not apply', () => {
    expect(FEATURE_COUNT).toBeGreaterThanOrEqual(140);
    expect(FEATURE_COUNT).toBeLessThanOrEqual(170);
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_COUNT);
    const out = new Float64Array(FEATURE_COUNT + 3).fill(Number.POSITIVE_INFINITY);
    const user = userOf(profile({ interests: [1, 0, 0, 0, 0, 0] }));
    buildPairFeatures(user, programmer, out);
    FEATURES.forEach((f, j) =>
      expect(Number.isNaN(out[j]!), f.name).toBe(!featureApplies(f, user)),
    );
    expect(out.subarray(0, FEATURE_COUNT).every((x) => Number.isNaN(x) || Number.isFinite(x))).toBe(
      true,
    );
    expect(out.subarray(FEATURE_COUNT).every((x) => x === Number.POSITIVE_INFINITY)).toBe(true);
  });

  it('puts the person’s strength times the career’s emphasis in the fit block', () => {
    const levels = new Array(35).fill(null);
    levels[idx('Programming')] = 7;
    const user = userOf(
      profile({
        skillLevels: levels,
        skillSources: levels.map((l) => (l === null ? null : 'stated')),
      }),
    );
    const x = buildPairFeatures(user, programmer);
    const fit = FEATURE_NAMES.indexOf('fit:skill:Programming');
    expect(x[fit]).toBeCloseTo(
      user.strength[idx('Programming')]! * programmer.emphasis[idx('Programming')]!,
      12,
    );
    expect(user.strength[idx('Programming')]!).toBeGreaterThan(0);
    expect(x[fit]!).toBeGreaterThan(0);
    expect(Math.abs(x[FEATURE_NAMES.indexOf('fit:skill:Writing')]!)).toBe(0);
  });

  it('treats unstated skills as unknown, not as zero level, in the shortfall', () => {
    const user = userOf(profile({}));
    expect(skillShortfallSurplus(user, programmer)).toEqual([0, 0]);
    const levels = new Array(35).fill(null);
    levels[idx('Programming')] = 2;
    const sources = levels.map((l) => (l === null ? null : 'stated'));
    const [short] = skillShortfallSurplus(
      userOf(profile({ skillLevels: levels, skillSources: sources })),
      programmer,
    );
    expect(short).toBeCloseTo((6 - 2) / 7, 12);
  });

  it('scores salary fit on a log scale, 0 without a floor or a known wage', () => {
    expect(salaryFit(null, 100000)).toBe(0);
    expect(salaryFit(50000, null)).toBe(0);
    expect(salaryFit(50000, 100000)).toBe(1);
    expect(salaryFit(100000, 50000)).toBe(-1);
    expect(salaryFit(100000, 100000)).toBe(0);
  });

  it('matches the top interest letter and counts overlap with the career’s high points', () => {
    const user = userOf(profile({ interests: [0, 1, 0, 0, 0, 0.8], interestOrder: ['I', 'C'] }));
    const x = buildPairFeatures(user, programmer);
    expect(x[FEATURE_NAMES.indexOf('pair:interest_first_match')]).toBe(1);
    expect(x[FEATURE_NAMES.indexOf('pair:interest_code_overlap')]).toBe(1);
  });

  it('labels every feature with a group a person understands', () => {
    for (const f of FEATURES) expect(f.label.length).toBeGreaterThan(0);
  });
});
