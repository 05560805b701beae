import { describe, expect, it } from 'vitest';
import {
  SKILL_RATINGS,
  formatSkillLevel,
  formatSkillRating,
  parseSkillRating,
  toSkillRating,
} from './skill-scale.js';
import { selfRatingToLevel } from './user-profile.js';

describe('the skill scale people read and type', () => {
  it('has five steps in words, each standing for the O*NET level a self-rating maps to', () => {
    expect(SKILL_RATINGS.map((s) => `${s.rating} ${s.label}`)).toEqual([
      '1 basic',
      '2 developing',
      '3 proficient',
      '4 advanced',
      '5 expert',
    ]);
    for (const s of SKILL_RATINGS) expect(s.onetLevel).toBe(selfRatingToLevel(s.rating));
  });

  it('reads any O*NET level as the nearest step, a tie as the lower one', () => {
    expect([0, 1, 1.75, 2, 3.25, 4, 4.74, 4.76, 6, 7].map(toSkillRating)).toEqual([
      1, 1, 1, 2, 2, 3, 3, 4, 4, 5,
    ]);
    for (const s of SKILL_RATINGS) expect(toSkillRating(s.onetLevel)).toBe(s.rating);
  });

  it('writes a step as a word and its number, never a decimal', () => {
    expect(formatSkillRating(4)).toBe('advanced (4 of 5)');
    expect(formatSkillLevel(4.3)).toBe('proficient (3 of 5)');
    expect(formatSkillLevel(0.8)).toBe('basic (1 of 5)');
  });

  it('takes what a person types: 1–5 or the word, in any case; nothing else', () => {
    expect(['1', ' 5 ', 'Advanced', 'expert', 'PROFICIENT'].map(parseSkillRating)).toEqual([
      1, 5, 4, 5, 3,
    ]);
    for (const bad of ['0', '6', '7', '4.5', 'great', '']) {
      expect(parseSkillRating(bad), bad).toBeUndefined();
    }
  });
});
