import { describe, expect, it } from 'vitest';
import { makeOccupation } from '../../../test/support/occupation-fixture.js';
import { SKILLS, type Occupation, type OnetCode, type RelatednessTier } from '../domain/index.js';
import { createDonorSimilarity } from './donor-similarity.js';
import { DEFAULT_ESTIMATOR, estimateProfile } from './estimate-profile.js';
import { withEstimatedProfiles } from './estimate-unrated.js';

const task = (text: string) => ({ id: text, text, core: true });

function occupation(
  code: string,
  spec: {
    level?: number;
    rated?: boolean;
    tasks?: string[];
    related?: [string, RelatednessTier][];
    values?: number[] | null;
  },
): Occupation {
  const base = makeOccupation({
    code,
    skills: spec.rated === false ? null : { Programming: [4, spec.level ?? 3] },
    values: spec.values ?? undefined,
  });
  return {
    ...base,
    workValues: spec.values === null ? null : base.workValues,
    tasks: (spec.tasks ?? []).map(task),
    related: (spec.related ?? []).map(([c, tier], i) => ({
      code: c as OnetCode,
      tier,
      index: i + 1,
    })),
  };
}

const PROGRAMMING = SKILLS.findIndex((s) => s.name === 'Programming');
const programming = (o: Pick<Occupation, 'skills'> | undefined) => o?.skills?.[PROGRAMMING]?.level;

describe('estimating an unrated occupation from rated ones', () => {
  const unrated = occupation('15-2051.00', {
    rated: false,
    values: null,
    tasks: ['Apply regression models to data'],
    related: [['15-2041.00', 'Primary-Short']],
  });
  const statistician = occupation('15-2041.00', {
    level: 6,
    tasks: ['Apply regression models to survey data'],
  });
  const cook = occupation('35-2014.00', { level: 0, tasks: ['Cook meals on a grill'] });
  const allOther = occupation('15-2099.00', { rated: false, values: null });

  it('fills skills and missing work values from the closest rated occupation and marks them', () => {
    const [estimated] = withEstimatedProfiles([unrated, statistician, cook]);
    expect(estimated?.rateable).toBe(true);
    expect(estimated?.profileEstimate?.fields).toEqual(['skills', 'workValues']);
    expect(estimated?.profileEstimate?.from[0]?.code).toBe('15-2041.00');
    expect(programming(estimated)).toBeGreaterThan(3);
    expect(estimated?.workValues?.scores).toHaveLength(6);
  });

  it('leaves rated occupations and occupations O*NET does not describe as they were', () => {
    const out = withEstimatedProfiles([unrated, statistician, cook, allOther]);
    expect(out[1]).toBe(statistician);
    expect(out[2]).toBe(cook);
    expect(out[3]).toBe(allOther);
    expect(out[3]?.rateable).toBe(false);
  });

  it('never draws on the target itself or on occupations the caller excludes', () => {
    const list = [statistician, cook, unrated];
    const similarity = createDonorSimilarity(list);
    const withoutStatistician = estimateProfile(list, similarity, 0, (j) => j === 1);
    expect(withoutStatistician.from.map((d) => d.code)).toEqual(['35-2014.00']);
    expect(programming(withoutStatistician)).toBe(0);
  });

  it('weighs a related occupation with the same tasks above an unrelated one', () => {
    const list = [unrated, statistician, cook];
    const fields = estimateProfile(list, createDonorSimilarity(list), 0, (j) => j > 0, {
      ...DEFAULT_ESTIMATOR,
      donors: 2,
    });
    const share = new Map<string, number>(fields.from.map((d) => [d.code, d.share]));
    expect(share.get('15-2041.00')).toBeGreaterThan(share.get('35-2014.00') ?? 0);
  });
});
