import type { SkillDescriptor } from '../../core/domain/index.js';
import type { SkillResolution } from './profile-resolution-schema.js';
import { VALID_NAMES, findSkill } from './resolve-names.js';
import { AMBIGUOUS_SKILL_WORDS, SKILL_SYNONYMS, normalizeSkillWords } from './skill-synonyms.js';
import { closestNames } from './suggest.js';

/** How a typed skill was recognised: its O*NET name, its element id, or an everyday word. */
export type SkillMatchKind = SkillResolution['how'];

/** A typed skill resolved, or the O*NET skills to ask about (with why it was not resolved). */
export type SkillOutcome =
  | { readonly resolved: SkillResolution; readonly skill: SkillDescriptor }
  | {
      readonly resolved: null;
      readonly reason: 'ambiguous' | 'unknown';
      readonly suggestions: readonly string[];
    };

const synonymTerms = Object.keys(SKILL_SYNONYMS);

/**
 * The closest skills to an unknown word: by edit distance to the O*NET names and to the everyday
 * words (so "codeing" suggests Programming, not Writing), each skill once.
 */
export function suggestSkills(input: string, k = 3): string[] {
  const words = normalizeSkillWords(input);
  const nearby = closestNames(words, [...VALID_NAMES.skills, ...synonymTerms], k * 3);
  const names = nearby.map((n) => SKILL_SYNONYMS[n] ?? n);
  return [...new Set(names)].slice(0, k);
}

/**
 * Resolves a typed skill: an O*NET name or element id (any case), else an everyday word that
 * means exactly one skill ("coding" → Programming). A word that means several skills
 * ("communication") or none is not guessed: the outcome lists the skills to ask about.
 */
export function resolveSkill(input: string): SkillOutcome {
  const direct = findSkill(input);
  if (direct) {
    const how: SkillMatchKind =
      input.trim().toLowerCase() === direct.id.toLowerCase() ? 'element id' : 'name';
    return { resolved: { input, id: direct.id, name: direct.name, how }, skill: direct };
  }
  const words = normalizeSkillWords(input);
  const named = findSkill(words);
  const synonym = named ? undefined : SKILL_SYNONYMS[words];
  const skill = named ?? (synonym ? findSkill(synonym) : undefined);
  if (skill) {
    return {
      resolved: { input, id: skill.id, name: skill.name, how: named ? 'name' : 'everyday word' },
      skill,
    };
  }
  const candidates = AMBIGUOUS_SKILL_WORDS[words];
  if (candidates) return { resolved: null, reason: 'ambiguous', suggestions: candidates };
  return { resolved: null, reason: 'unknown', suggestions: suggestSkills(input) };
}
