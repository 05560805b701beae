import { describe, expect, it } from 'vitest';
import { makeOccupation } from '../../../test/support/occupation-fixture.js';
import { SKILLS, type OnetCode } from '../../core/domain/index.js';
import { combineExperience, experienceWeight } from './combine-experience.js';
import { resolveProfileOutLoud } from './resolve-profile.js';
import { toStoredProfile } from './to-stored-profile.js';

const idx = (name: string) => SKILLS.findIndex((s) => s.name === name);
const nurse = makeOccupation({
  code: '29-1141.00',
  title: 'Registered Nurses',
  skills: { Monitoring: [4, 6] },
  interests: [1, 4, 1, 7, 1, 1],
});
const cashier = makeOccupation({
  code: '41-2011.00',
  title: 'Cashiers',
  skills: { Monitoring: [2, 2], Mathematics: [3, 3] },
  interests: [1, 1, 1, 2, 4, 7],
});
const resolver = {
  findOccupation: (code: OnetCode) => [nurse, cashier].find((o) => o.code === code),
};

describe('several past jobs', () => {
  it('weighs each job by its years and how recent it is (most recent first)', () => {
    const p = combineExperience([
      { occupation: nurse, years: 2 },
      { occupation: cashier, years: 6 },
    ]);
    const wNurse = experienceWeight(2, 0);
    const wCashier = experienceWeight(6, 1);
    const expected = (wNurse * 6 + wCashier * 2) / (wNurse + wCashier);
    expect(p.skillLevels[idx('Monitoring')]).toBeCloseTo(expected, 10);
    expect(p.currentOccupation).toBe(nurse.code);
    expect(p.skillSources.every((s) => s === 'inferred')).toBe(true);
  });

  it('counts a more recent job more than an older one of the same length', () => {
    const recentNurse = combineExperience([
      { occupation: nurse, years: 3 },
      { occupation: cashier, years: 3 },
    ]);
    const recentCashier = combineExperience([
      { occupation: cashier, years: 3 },
      { occupation: nurse, years: 3 },
    ]);
    expect(recentNurse.skillLevels[idx('Monitoring')]!).toBeGreaterThan(
      recentCashier.skillLevels[idx('Monitoring')]!,
    );
    expect(recentNurse.interestOrder[0]).toBe('S');
    expect(recentCashier.interestOrder[0]).toBe('C');
  });

  it('resolves experience in a profile, the first job being the current occupation', () => {
    const { profile, resolved } = resolveProfileOutLoud(
      {
        experience: [
          { occupation: '41-2011.00', years: 1 },
          { occupation: '29-1141.00', years: 10 },
        ],
      },
      resolver,
    );
    expect(profile.currentOccupation).toBe(cashier.code);
    expect(resolved.experience?.map((j) => j.code)).toEqual([cashier.code, nurse.code]);
    // Ten years as a nurse outweigh one recent year at a till.
    expect(profile.skillLevels[idx('Monitoring')]!).toBeGreaterThan(4);
  });

  it('stores past jobs by their codes and resolves the stored profile to the same one', () => {
    const input = { experience: [{ occupation: '29-1141.00', years: 4 }] };
    const { profile, resolved } = resolveProfileOutLoud(input, resolver);
    const stored = toStoredProfile(
      input,
      profile,
      resolved.experience?.map((j) => j.code),
    );
    expect(stored.experience).toEqual([{ occupation: '29-1141.00', years: 4 }]);
    expect(resolveProfileOutLoud(stored, resolver).profile).toEqual(profile);
  });
});
