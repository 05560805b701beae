import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nurseResolver } from '../../../test/support/nurse-resolver.js';
import { RIASEC, SKILLS, WORK_VALUES } from '../../core/domain/index.js';
import { profileInputSchema } from './profile-schema.js';
import { resolveProfile } from './resolve-profile.js';
import { toStoredProfile } from './to-stored-profile.js';

const resolver = nurseResolver;
const store = (raw: unknown) => {
  const input = profileInputSchema.parse(raw);
  return toStoredProfile(input, resolveProfile(input, resolver));
};

/** Every string a stored profile may hold: O*NET element ids, O*NET-SOC codes, SOC major groups. */
const ELEMENT_ID = /^\d\.[A-Z](\.\d+)?(\.[a-z])?$/;
const SOC_CODE = /^\d{2}-\d{4}\.\d{2}$/;

describe('the profile kept with feedback', () => {
  it('replaces names by element ids and a job title by its O*NET-SOC code', () => {
    expect(
      store({
        skills: [
          '  critical   THINKING ',
          '2.A.1.d',
          { name: 'Programming', rating: 3 },
          { name: 'writing', level: 4.5 },
        ],
        interests: ['investigative', 'S', '1.B.1.a'],
        values: { achievement: 6, 'Working Conditions': 2 },
        constraints: { minSalaryUsd: 50_000, socMajorGroups: ['29'], excludeCodes: ['29-2034.00'] },
        currentOccupation: 'Registered nurse 👩‍⚕️ (I am Jane Doe, jane@example.com)',
      }),
    ).toEqual({
      skills: [
        '2.A.2.a',
        '2.A.1.d',
        { name: '2.B.3.e', rating: 3 },
        { name: '2.A.1.c', level: 4.5 },
      ],
      interests: ['1.B.1.b', '1.B.1.d', '1.B.1.a'],
      values: { '1.B.2.a': 6, '1.B.2.b': 2 },
      constraints: { minSalaryUsd: 50_000, socMajorGroups: ['29'], excludeCodes: ['29-2034.00'] },
      currentOccupation: '29-1141.00',
    });
  });

  it('keeps six numeric scores as numbers and leaves out what the person did not give', () => {
    expect(store({ interests: [1, 2, 3, 4, 5, 6] })).toEqual({ interests: [1, 2, 3, 4, 5, 6] });
  });

  it('for any accepted profile: only ids, codes, numbers and booleans are kept, and it resolves to the same profile', () => {
    const anyCase = (name: string) =>
      fc
        .tuple(fc.constantFrom('', ' ', '  '), fc.boolean())
        .map(([pad, upper]) => `${pad}${upper ? name.toUpperCase() : name.toLowerCase()}${pad}`);
    const skillName = fc.constantFrom(...SKILLS.flatMap((s) => [s.name, s.id])).chain(anyCase);
    const interestName = fc.constantFrom(...RIASEC.flatMap((a) => [a.name, a.letter, a.id]));
    const valueName = fc.constantFrom(...WORK_VALUES.flatMap((v) => [v.name, v.id]));
    const scores = (name: fc.Arbitrary<string>) =>
      fc.oneof(
        fc.array(name.chain(anyCase), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 6, maxLength: 6 }),
        fc.dictionary(name.chain(anyCase), fc.integer({ min: 1, max: 7 }), { maxKeys: 6 }),
      );
    const profile = fc.record(
      {
        skills: fc.array(
          fc.oneof(
            skillName,
            fc.record({ name: skillName, level: fc.integer({ min: 0, max: 7 }) }),
            fc.record({ name: skillName, rating: fc.integer({ min: 1, max: 5 }) }),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        interests: scores(interestName),
        values: scores(valueName),
        currentOccupation: fc
          .tuple(fc.string({ maxLength: 40 }), fc.constantFrom('nurse', '29-1141.00'))
          .map(([noise, core]) => (core === 'nurse' ? `${noise} nurse`.slice(0, 120) : core)),
      },
      { requiredKeys: ['skills'] },
    );
    fc.assert(
      fc.property(profile, (raw) => {
        const input = profileInputSchema.parse(raw);
        const resolved = resolveProfile(input, resolver);
        const stored = toStoredProfile(input, resolved);
        const strings: string[] = [];
        JSON.stringify(stored, (_k, v: unknown) => {
          if (typeof v === 'string') strings.push(v);
          return v;
        });
        for (const s of strings) expect(ELEMENT_ID.test(s) || SOC_CODE.test(s), s).toBe(true);
        const again = profileInputSchema.parse(JSON.parse(JSON.stringify(stored)));
        expect(resolveProfile(again, { findOccupation: resolver.findOccupation })).toEqual(
          resolved,
        );
      }),
      { seed: 8, numRuns: 300 },
    );
  });
});
