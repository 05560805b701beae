import type { OnetCode } from '../../core/domain/index.js';
import type { TitleField, TitleMatch } from '../ports/index.js';

/**
 * How sure a typed job title's occupation is. `exact`: the words are one of the occupation's
 * titles (O*NET's official, alternate or reported titles, or our everyday-word table). `close`:
 * the same up to spelling, or once a seniority word ("senior", "junior" …) is set aside.
 * Anything less is not a resolution but a question (see `resolveTitle`).
 */
export type TitleConfidence = 'exact' | 'close';

/** Another occupation the same title is listed for. */
export interface TitleAlternative {
  readonly code: OnetCode;
  readonly title: string;
}

/** What a typed job title was resolved to, and why, as the answer says it out loud. */
export interface TitleResolution {
  readonly code: OnetCode;
  readonly title: string;
  readonly confidence: TitleConfidence;
  /** The title that matched, e.g. "Staff Nurse". */
  readonly matchedTitle: string;
  readonly matchedField: TitleField;
  /** One sentence, e.g. `"staff nurse" is an alternate O*NET title of Registered Nurses`. */
  readonly why: string;
  /** Other occupations O*NET lists the same title for (the most common one was taken). */
  readonly alsoListedFor: readonly TitleAlternative[];
}

/** The outcome of resolving a typed title: a resolution, or the closest occupations to ask about. */
export type TitleOutcome =
  | { readonly resolved: TitleResolution }
  | { readonly resolved: null; readonly suggestions: readonly TitleAlternative[] };

/**
 * Words that say how senior a job is, not which job (O*NET titles rarely carry them); set aside
 * only when the whole text matches no title.
 */
const SENIORITY = /^(senior|sr|junior|jr|lead|principal|head|trainee|entry[- ]level)\b\.?\s+/i;

const FIELD_TEXT: Readonly<Record<TitleField, string>> = {
  title: 'the O*NET title',
  alternate: 'an alternate O*NET title',
  reported: 'a job title O*NET reports',
  synonym: 'an everyday word',
};

/** Finds occupations by title, best first (the title search port, already bound). */
export type TitleFinder = (query: string) => readonly TitleMatch[];

const words = (text: string) => text.toLowerCase().match(/[a-z0-9+#]+/g) ?? [];

/**
 * A whole title, matched exactly, or up to spelling when the text has two or more words: one
 * word within a typo of some rare title ("danger" → Dancers, "oversee" → Overseamer) is a guess.
 */
const isWholeTitle = (input: string, m: TitleMatch) =>
  m.kind === 3 && (!m.approximate || words(input).length >= 2);

function toResolution(
  input: string,
  matches: readonly TitleMatch[],
  setAside: string | null,
): TitleResolution {
  const top = matches[0]!;
  const confidence: TitleConfidence = top.approximate || setAside ? 'close' : 'exact';
  const as = `${FIELD_TEXT[top.matchedField]} of ${top.title}`;
  const why = setAside
    ? `"${input}" without "${setAside}" is ${top.approximate ? 'close to ' : ''}${as} ("${top.matchedTitle}")`
    : top.approximate
      ? `"${input}" is close to ${as} ("${top.matchedTitle}"), allowing for spelling`
      : top.matchedField === 'title'
        ? `"${input}" is the O*NET title of ${top.title}`
        : `"${input}" is ${as}`;
  const alsoListedFor = matches
    .slice(1)
    .filter((m) => m.kind === 3 && m.approximate === top.approximate && m.code !== top.code)
    .slice(0, 3)
    .map((m) => ({ code: m.code, title: m.title }));
  return {
    code: top.code,
    title: top.title,
    confidence,
    matchedTitle: top.matchedTitle,
    matchedField: top.matchedField,
    why,
    alsoListedFor,
  };
}

/**
 * Resolves a typed job title when the words are one of an occupation's titles (up to spelling,
 * or after setting aside a leading seniority word); otherwise returns the closest occupations to
 * ask "did you mean …" about. Measured on O*NET's own titles against nonsense (see
 * docs/API.md, "Names resolved out loud").
 */
export function resolveTitle(input: string, find: TitleFinder): TitleOutcome {
  const matches = find(input);
  if (matches[0] && isWholeTitle(input, matches[0])) {
    return { resolved: toResolution(input, matches, null) };
  }
  const seniority = SENIORITY.exec(input);
  if (seniority) {
    const rest = input.slice(seniority[0].length);
    const without = find(rest);
    if (without[0] && isWholeTitle(rest, without[0])) {
      return { resolved: toResolution(input, without, seniority[1]!) };
    }
  }
  return {
    resolved: null,
    suggestions: matches.slice(0, 3).map((m) => ({ code: m.code, title: m.title })),
  };
}
