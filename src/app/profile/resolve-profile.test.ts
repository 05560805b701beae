import { describe, expect, it } from 'vitest';
import { nurseResolver } from '../../../test/support/nurse-resolver.js';
import { makeOccupation } from '../../../test/support/occupation-fixture.js';
import { SKILLS, type OnetCode } from '../../core/domain/index.js';
import { isAppError } from '../../errors.js';
import { profileInputSchema } from './profile-schema.js';
import { resolveProfile, resolveProfileOutLoud } from './resolve-profile.js';

const resolver = nurseResolver;
const idx = (name: string) => SKILLS.findIndex((s) => s.name === name);

function errorOf(f: () => unknown) {
  try {
    f();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('resolving a profile', () => {
  it('accepts skill names case-insensitively and element ids, with levels or 1–5 ratings', () => {
    const p = resolveProfile(
      {
        skills: [
          'writing',
          '2.A.1.d',
          { name: 'Critical Thinking', level: 5 },
          { name: 'Programming', rating: 3 },
        ],
      },
      resolver,
    );
    expect(p.skillLevels[idx('Writing')]).toBe(4);
    expect(p.skillSources[idx('Writing')]).toBe('stated-default');
    expect(p.skillLevels[idx('Speaking')]).toBe(4);
    expect(p.skillLevels[idx('Critical Thinking')]).toBe(5);
    expect(p.skillLevels[idx('Programming')]).toBe(4);
    expect(p.skillLevels[idx('Mathematics')]).toBeNull();
  });

  it('reads interests as letters or names in order of preference, or as scores', () => {
    const a = resolveProfile({ interests: ['Enterprising', 'i'] }, resolver);
    expect(a.interestOrder).toEqual(['E', 'I']);
    expect(a.interests![4]).toBeGreaterThan(a.interests![1]!);
    const b = resolveProfile({ interests: { R: 2, S: 6 } }, resolver);
    expect(b.interestOrder).toEqual(['S', 'R']);
  });

  it('reads O*NET Interest Profiler raw scores (0–40 per area) on the same strength scale as 1–7', () => {
    const raw = resolveProfile({ interests: [12, 33, 20, 40, 8, 0] }, resolver);
    expect(raw.interestOrder).toEqual(['S', 'I', 'A', 'R', 'E']);
    // 40 of 40 is the strongest possible interest, like 7 on O*NET's scale; 20 of 40 the middle.
    const oneToSeven = resolveProfile({ interests: [1, 7, 4, 7, 1, 1] }, resolver);
    expect(raw.interests![3]).toBeCloseTo(oneToSeven.interests![3]!);
    expect(raw.interests![2]).toBeCloseTo(oneToSeven.interests![2]!);
    const map = resolveProfile({ interests: { Social: 36, Artistic: 10 } }, resolver);
    expect(map.interestOrder).toEqual(['S', 'A']);
    expect(map.interests![3]).toBeCloseTo(0.9);
  });

  it('refuses interest scores on neither scale with a message naming both', () => {
    for (const interests of [
      [45, 1, 1, 1, 1, 1],
      [7.5, 1, 1, 1, 1, 1],
      { Social: -1 },
      { Social: 12.5 },
    ]) {
      const parsed = profileInputSchema.safeParse({ interests });
      expect(parsed.success, JSON.stringify(interests)).toBe(false);
      expect(JSON.stringify(parsed.error?.issues)).toMatch(/1–7|0 to 40|0–40/);
    }
    expect(profileInputSchema.safeParse({ values: [12, 1, 1, 1, 1, 1] }).success).toBe(false);
  });

  it('collects every unknown name with "did you mean" suggestions', () => {
    const e = errorOf(() =>
      resolveProfile({ skills: ['Writting', 'Programing'], values: ['Acheivement'] }, resolver),
    );
    expect(e.code).toBe('UNKNOWN_NAME');
    expect(e.message).toContain('did you mean "Writing"');
    expect(e.message).toContain('"Programming"');
    expect(e.message).toContain('"Achievement"');
  });

  it('infers what a current occupation implies, and lets what the person states win', () => {
    const p = resolveProfile(
      {
        currentOccupation: 'staff nurse',
        skills: [{ name: 'Monitoring', level: 6 }],
        interests: ['A'],
      },
      resolver,
    );
    expect(p.currentOccupation).toBe('29-1141.00');
    expect(p.currentJobZone).toBe(3);
    expect(p.skillLevels[idx('Social Perceptiveness')]).toBe(5);
    expect(p.skillSources[idx('Social Perceptiveness')]).toBe('inferred');
    expect(p.skillLevels[idx('Monitoring')]).toBe(6);
    expect(p.interestOrder).toEqual(['A']);
    expect(p.inferred?.code).toBe('29-1141.00');
  });

  it('says what to do when the current occupation is unknown or the profile says nothing', () => {
    expect(
      errorOf(() => resolveProfile({ currentOccupation: 'astronaut chef' }, resolver)).message,
    ).toContain('careers search');
    expect(errorOf(() => resolveProfile({}, resolver)).code).toBe('VALIDATION_FAILED');
    const unrated = makeOccupation({
      code: '55-1011.00',
      title: 'Air Crew Officers',
      skills: null,
    });
    const withUnrated = {
      findOccupation: (code: OnetCode) =>
        code === unrated.code ? { ...unrated, interests: null, workValues: null } : undefined,
    };
    expect(
      errorOf(() => resolveProfile({ currentOccupation: '55-1011.00' }, withUnrated)).message,
    ).toContain('no skill, interest or work-value ratings for Air Crew Officers');
  });

  it('says what each typed name was read as: the current job and every skill', () => {
    const { resolved } = resolveProfileOutLoud(
      { currentOccupation: 'staff nurse', skills: ['coding', 'writing', '2.A.1.d'] },
      resolver,
    );
    expect(resolved.currentOccupation).toMatchObject({
      input: 'staff nurse',
      how: 'title',
      code: '29-1141.00',
      title: 'Registered Nurses',
      confidence: 'exact',
    });
    expect(resolved.skills.map((s) => [s.input, s.name, s.how])).toEqual([
      ['coding', 'Programming', 'everyday word'],
      ['writing', 'Writing', 'name'],
      ['2.A.1.d', 'Speaking', 'element id'],
    ]);
    expect(
      resolveProfileOutLoud({ currentOccupation: '29-1141.00' }, resolver).resolved
        .currentOccupation,
    ).toMatchObject({ how: 'code', confidence: 'exact', matchedTitle: null });
  });

  it('asks, in one error, about every name it will not guess', () => {
    const e = errorOf(() =>
      resolveProfile(
        { currentOccupation: 'astronaut chef', skills: ['communication', 'codeing'] },
        resolver,
      ),
    );
    expect(e.code).toBe('UNKNOWN_NAME');
    expect(e.message).toContain('"astronaut chef" is not a job title');
    expect(e.message).toContain('no occupation is guessed');
    expect(e.message).toContain(
      '"communication" can mean several O*NET skills (which one: "Speaking", "Writing", "Active Listening"?)',
    );
    expect(e.message).toContain('unknown name "codeing" (did you mean "Programming"');
    expect((e.details as { unknown: { field: string }[] }).unknown.map((u) => u.field)).toEqual([
      'currentOccupation',
      'skills',
      'skills',
    ]);
  });

  it('rejects unknown fields, out-of-range levels and malformed codes at the schema', () => {
    expect(profileInputSchema.safeParse({ skils: ['Writing'] }).success).toBe(false);
    expect(profileInputSchema.safeParse({ skills: [{ name: 'Writing', level: 9 }] }).success).toBe(
      false,
    );
    expect(
      profileInputSchema.safeParse({ constraints: { excludeCodes: ['15-1252'] } }).success,
    ).toBe(false);
    expect(
      profileInputSchema.safeParse({ skills: ['Writing'], constraints: { maxJobZone: 4 } }).success,
    ).toBe(true);
  });
});
