import { SKILLS } from '../../core/domain/index.js';
import { SKILL_SYNONYMS } from '../profile/index.js';

/** A skill the text names in words: where, and the word or phrase it used. */
export interface NamedSkill {
  readonly skill: string;
  readonly start: number;
  readonly end: number;
  readonly phrase: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Skill names and the everyday words that mean exactly one skill, longest first so the regex
// prefers "public speaking" to "speaking".
const PHRASES: ReadonlyMap<string, string> = new Map([
  ...SKILLS.map((s) => [s.name.toLowerCase(), s.name] as const),
  ...Object.entries(SKILL_SYNONYMS),
]);
const PATTERN = new RegExp(
  `\\b(${[...PHRASES.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\\b`,
  'gi',
);

/** Every place the text names a skill ("negotiating" → Negotiation), in text order. */
export function findNamedSkills(text: string): NamedSkill[] {
  const out: NamedSkill[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const skill = PHRASES.get(m[0].toLowerCase());
    if (skill) out.push({ skill, start: m.index, end: m.index + m[0].length, phrase: m[0] });
  }
  return out;
}
