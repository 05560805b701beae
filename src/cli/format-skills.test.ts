import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../app/recommend/index.js';
import { formatSkillLines } from './format-skills.js';

const rec = (rank: number, over: Partial<Recommendation>) =>
  ({ rank, skillGaps: [], skillsToCheck: [], ...over }) as Recommendation;

describe('skills under the table', () => {
  it('puts the skills to build apart from the needed skills the person did not mention', () => {
    const lines = formatSkillLines([
      rec(1, {
        skillGaps: [
          {
            skillId: '2.A.1.c',
            skill: 'Writing',
            requiredLevel: 5.5,
            currentLevel: 2.5,
            requiredRating: 4,
            currentRating: 2,
            importance: 4,
            gap: 3,
          },
        ],
        skillsToCheck: [
          {
            skillId: '2.A.1.a',
            skill: 'Reading Comprehension',
            requiredLevel: 5.5,
            requiredRating: 4,
            importance: 4,
          },
          {
            skillId: '2.A.1.f',
            skill: 'Science',
            requiredLevel: 4,
            requiredRating: 3,
            importance: 3,
          },
        ],
      }),
      rec(2, {}),
    ]);
    expect(lines).toEqual([
      '',
      'Skills:',
      ' 1  build Writing from developing to advanced (4 of 5); worth checking (not mentioned): Reading Comprehension at advanced (4 of 5), and Science at proficient (3 of 5)',
    ]);
    expect(formatSkillLines([rec(1, {})])).toEqual([]);
  });
});
