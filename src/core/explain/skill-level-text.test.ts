import { describe, expect, it } from 'vitest';
import type { SkillRating } from '../domain/index.js';
import type { SkillGap } from '../ranking/index.js';
import { skillGapsText } from './skill-level-text.js';

const gap = (
  skill: string,
  requiredRating: SkillRating,
  currentRating: SkillRating | null,
): SkillGap => ({
  skillId: skill,
  skill,
  requiredLevel: 0,
  currentLevel: null,
  requiredRating,
  currentRating,
  importance: 4,
  gap: 1,
});

describe('skill gaps in words', () => {
  it('writes each gap as steps of the skill scale, skills with the same start and target together', () => {
    expect(
      skillGapsText([
        gap('Science', 4, null),
        gap('Troubleshooting', 3, 2),
        gap('Reading Comprehension', 4, null),
      ]),
    ).toBe(
      'Science and Reading Comprehension to advanced (4 of 5), and Troubleshooting from developing to proficient (3 of 5)',
    );
    expect(skillGapsText([gap('Writing', 5, 3)])).toBe(
      'Writing from proficient to expert (5 of 5)',
    );
    expect(skillGapsText([])).toBe('');
  });
});
