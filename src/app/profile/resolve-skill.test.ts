import { describe, expect, it } from 'vitest';
import { SKILLS } from '../../core/domain/index.js';
import { findSkill } from './resolve-names.js';
import { resolveSkill, suggestSkills } from './resolve-skill.js';
import { AMBIGUOUS_SKILL_WORDS, SKILL_SYNONYMS, normalizeSkillWords } from './skill-synonyms.js';

const nameOf = (input: string) => resolveSkill(input).resolved?.name;

describe('resolving a typed skill', () => {
  it('maps the everyday words people use to the O*NET skill they mean', () => {
    expect(
      Object.fromEntries(
        [
          'coding',
          'Public speaking',
          'budgeting',
          'Problem-solving skills',
          'customer service',
          'teamwork',
          'people management',
          'leadership skills',
          'math',
          'Quality Assurance',
          'debugging',
          'teaching',
        ].map((w) => [w, nameOf(w)]),
      ),
    ).toEqual({
      coding: 'Programming',
      'Public speaking': 'Speaking',
      budgeting: 'Management of Financial Resources',
      'Problem-solving skills': 'Complex Problem Solving',
      'customer service': 'Service Orientation',
      teamwork: 'Coordination',
      'people management': 'Management of Personnel Resources',
      'leadership skills': 'Management of Personnel Resources',
      math: 'Mathematics',
      'Quality Assurance': 'Quality Control Analysis',
      debugging: 'Troubleshooting',
      teaching: 'Instructing',
    });
  });

  it('says how each was recognised', () => {
    expect(resolveSkill('writing').resolved).toEqual({
      input: 'writing',
      id: '2.A.1.c',
      name: 'Writing',
      how: 'name',
    });
    expect(resolveSkill('2.A.1.c').resolved?.how).toBe('element id');
    expect(resolveSkill('Critical-thinking skills').resolved).toMatchObject({
      name: 'Critical Thinking',
      how: 'name',
    });
    expect(resolveSkill('coding').resolved?.how).toBe('everyday word');
  });

  it('asks instead of guessing when a word means several skills', () => {
    expect(resolveSkill('communication skills')).toEqual({
      resolved: null,
      reason: 'ambiguous',
      suggestions: ['Speaking', 'Writing', 'Active Listening'],
    });
  });

  it('suggests skills by their everyday words too, so a typo of "coding" suggests Programming', () => {
    expect(resolveSkill('codeing')).toMatchObject({ resolved: null, reason: 'unknown' });
    expect(suggestSkills('codeing')[0]).toBe('Programming');
    expect(suggestSkills('Writting')[0]).toBe('Writing');
  });

  it('keeps its tables honest: every word normalised, naming a real skill, not a skill name itself', () => {
    const names = new Set(SKILLS.map((s) => s.name));
    for (const [word, skill] of Object.entries(SKILL_SYNONYMS)) {
      expect(normalizeSkillWords(word), word).toBe(word);
      expect(names.has(skill), `${word} → ${skill}`).toBe(true);
      expect(findSkill(word), word).toBeUndefined();
      expect(AMBIGUOUS_SKILL_WORDS[word], word).toBeUndefined();
    }
    for (const [word, skills] of Object.entries(AMBIGUOUS_SKILL_WORDS)) {
      expect(normalizeSkillWords(word), word).toBe(word);
      expect(skills.length, word).toBeGreaterThan(1);
      for (const s of skills) expect(names.has(s), `${word} → ${s}`).toBe(true);
    }
  });
});
