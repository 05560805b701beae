import { describe, expect, it } from 'vitest';
import { makeOccupation } from '../../../test/support/occupation-fixture.js';
import { blankProfile } from '../domain/index.js';
import { toCareerProfile } from './career-profile.js';
import { CONTEXT_FEATURES } from './context-features.js';
import { FEATURES } from './feature-registry.js';
import { featureApplies } from './feature-spec.js';
import { toPopulationStats } from './population-stats.js';
import { toUserContext } from './user-context.js';

const nurse = makeOccupation({ code: '29-1141.00', medianUsd: 93600, jobZone: 3 });
const POP = toPopulationStats([nurse, makeOccupation({ code: '15-1252.00', jobZone: 4 })]);
const career = toCareerProfile(nurse, 0, POP)!;

const profile = blankProfile;
const byName = (name: string) => CONTEXT_FEATURES.find((f) => f.name === name)!;

describe('context feature records', () => {
  it('have unique names and roles, a definition, and one label and kind per explanation factor', () => {
    expect(new Set(CONTEXT_FEATURES.map((f) => f.name)).size).toBe(CONTEXT_FEATURES.length);
    expect(new Set(CONTEXT_FEATURES.map((f) => f.role)).size).toBe(CONTEXT_FEATURES.length);
    for (const f of CONTEXT_FEATURES) expect(f.definition.length).toBeGreaterThan(10);
    const seen = new Map<string, string>();
    for (const f of FEATURES) {
      if (!f.factor) continue;
      const said = `${f.factor.kind}/${f.factor.label}`;
      expect(seen.get(f.factor.id) ?? said, f.name).toBe(said);
      seen.set(f.factor.id, said);
    }
  });

  it('give person-only features no factor (they are the same for every career)', () => {
    expect(FEATURES.filter((f) => f.block === 'user').every((f) => f.factor === null)).toBe(true);
  });

  it('say technology similarity and salary fit do not apply without a current job or a floor', () => {
    const stated = toUserContext(profile(), POP);
    const withFloor = toUserContext(profile({ constraints: { minSalaryUsd: 60000 } }), POP);
    const tech = byName('pair:technology_similarity');
    const salary = byName('pair:salary_fit');
    expect(featureApplies(tech, stated)).toBe(false);
    expect(featureApplies(salary, stated)).toBe(false);
    expect(featureApplies(salary, withFloor)).toBe(true);
    // Not applicable means the placeholder 0, not a measured "no fit".
    expect(salary.value(stated, career)).toBe(0);
    expect(salary.value(withFloor, career)).toBeCloseTo(Math.log2(93600 / 60000), 12);
    expect(featureApplies(byName('career:growth'), stated)).toBe(true);
  });

  it('compute a one-sided feature from that side alone, as the fast path does', () => {
    const a = toUserContext(profile(), POP);
    const b = toUserContext(profile({ interests: [1, 2, 3, 4, 5, 6] }), POP);
    for (const f of CONTEXT_FEATURES) {
      if (f.fast.kind === 'career') {
        expect(f.value(a, career)).toBe(f.fast.of(career));
        expect(f.value(b, career)).toBe(f.value(a, career));
      }
      if (f.fast.kind === 'user') expect(f.value(a, career)).toBe(f.fast.of(a));
    }
  });

  it('give the placeholder 0 wherever they do not apply (the fast path skips those)', () => {
    const people = [
      toUserContext(profile(), POP),
      toUserContext(profile({ interests: [1, 2, 3, 4, 5, 6] }), POP),
      toUserContext(profile({ constraints: { maxJobZone: 3 } }), POP),
    ];
    let checked = 0;
    for (const user of people)
      for (const f of CONTEXT_FEATURES)
        if (!featureApplies(f, user)) {
          expect(f.value(user, career), f.name).toBe(0);
          checked++;
        }
    expect(checked).toBeGreaterThan(10);
  });
});
