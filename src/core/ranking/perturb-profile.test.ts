import { describe, expect, it } from 'vitest';
import { blankProfile, type SkillLevelSource } from '../domain/index.js';
import { MAX_SKILL_DROPS, profilePerturbations } from './perturb-profile.js';

const withSkills = (entries: readonly [number, SkillLevelSource][]) => {
  const skillLevels = new Array<number | null>(35).fill(null);
  const skillSources = new Array<SkillLevelSource | null>(35).fill(null);
  for (const [k, source] of entries) {
    skillLevels[k] = 4;
    skillSources[k] = source;
  }
  return { skillLevels, skillSources };
};

describe('profile perturbations', () => {
  it('drops each stated skill in turn and swaps the first two interests and values', () => {
    const profile = blankProfile({
      ...withSkills([
        [2, 'stated'],
        [7, 'stated-default'],
        [9, 'stated'],
      ]),
      interests: [0.6, 1, 0, 0.8, 0, 0],
      interestOrder: ['I', 'S', 'R'],
      values: [0, 0, 1, 0.8, 0, 0],
      valueOrder: ['Recognition', 'Relationships'],
    });
    const variants = profilePerturbations(profile);
    expect(variants).toHaveLength(5);
    const dropped = variants
      .slice(0, 3)
      .map((v) =>
        v.skillLevels.flatMap((l, k) => (l === null && profile.skillLevels[k] !== null ? [k] : [])),
      );
    expect(dropped).toEqual([[2], [7], [9]]);
    expect(variants[3]!.interests).toEqual([0.6, 0.8, 0, 1, 0, 0]);
    expect(variants[3]!.interestOrder).toEqual(['S', 'I', 'R']);
    expect(variants[4]!.values).toEqual([0, 0, 0.8, 1, 0, 0]);
    expect(variants[4]!.valueOrder).toEqual(['Relationships', 'Recognition']);
    // The profile itself is left as it was.
    expect(profile.skillLevels[2]).toBe(4);
    expect(profile.interests).toEqual([0.6, 1, 0, 0.8, 0, 0]);
  });

  it('never drops an inferred skill, and leaves a job’s interests and values as they are', () => {
    const profile = blankProfile({
      ...withSkills([
        [1, 'inferred'],
        [3, 'stated'],
        [4, 'inferred'],
        [5, 'stated'],
      ]),
      interests: [1, 0.5, 0, 0, 0, 0],
      values: [1, 0.5, 0, 0, 0, 0],
      inferred: {
        code: '15-1252.00' as never,
        skillImportance: [],
        abilityImportance: null,
        workStyleImpact: null,
      },
    });
    const variants = profilePerturbations(profile);
    expect(variants).toHaveLength(2);
    for (const v of variants) {
      expect(v.skillLevels[1]).toBe(4);
      expect(v.skillLevels[4]).toBe(4);
      expect(v.interests).toBe(profile.interests);
    }
  });

  it('keeps a lone skill, a single interest and a tie, and caps the skills dropped', () => {
    expect(
      profilePerturbations(
        blankProfile({ ...withSkills([[0, 'stated']]), interests: [1, 0, 0, 0, 0, 0] }),
      ),
    ).toEqual([]);
    expect(profilePerturbations(blankProfile({ interests: [1, 1, 0, 0, 0, 0] }))).toEqual([]);
    const many = withSkills(Array.from({ length: 20 }, (_, k) => [k, 'stated'] as const));
    expect(profilePerturbations(blankProfile(many))).toHaveLength(MAX_SKILL_DROPS);
  });
});
