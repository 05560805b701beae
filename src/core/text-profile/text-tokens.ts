import { stemmer } from 'stemmer';
import { expandAbbreviation } from './resume-abbreviations.js';

/** One word of a text: where it is in the original string, its lower-case form and its stem. */
export interface TextToken {
  /** Offset of the first character in the original text. */
  readonly start: number;
  /** Offset just after the last character. */
  readonly end: number;
  /** The word as written. */
  readonly surface: string;
  /** Lower-case, accents folded. */
  readonly word: string;
  /** Porter stem of `word`, or null for a stop word. */
  readonly stem: string | null;
  /** True for the words an abbreviation was expanded into. */
  readonly expanded: boolean;
}

/** English function words and résumé filler that carry no meaning for matching. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing down during each etc few for ' +
    'from further had has have having he her here hers herself him himself his how i if in into ' +
    'is it its itself just me more most my myself no nor not now of off on once only or other our ' +
    'ours ourselves out over own per same she should so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up very via was we ' +
    'were what when where which while who whom why will with would you your yours yourself ' +
    'yourselves within across including various well new using used use based like must may ' +
    'year years month months present current currently responsible responsibilities duties ' +
    'daily day days ensure ensuring e g ie eg'
  ).split(' '),
);

/** A smaller set: the words that say a text is English (for the other-language check). */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from has have i in is it my of on or that the their this to was we were with'.split(
    ' ',
  ),
);

const stemCache = new Map<string, string>();

/** A lower-case word → its Porter stem (cached; the vocabulary is small). */
export function toStem(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    stemCache.set(word, stem);
  }
  return stem;
}

const WORD = /[\p{L}\p{N}]+(?:[+#]{1,2})?/gu;
// Twice as fast, for the ASCII text O*NET is written in.
const ASCII_WORD = /[A-Za-z0-9]+(?:[+#]{1,2})?/g;

function fold(surface: string): string {
  let lower = surface.toLowerCase();
  if (/[^\t-~]/.test(lower)) lower = lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (!/[+#]/.test(lower)) return lower;
  return lower.replace(/\+\+$/, 'plusplus').replace(/#$/, 'sharp');
}

/**
 * Splits a text into words with their offsets in the original string. Résumé abbreviations
 * (RN, CDL, CPA …) are expanded in place: each word of the expansion carries the offsets of the
 * abbreviation, so evidence still points at what the person wrote.
 */
export function tokenizeText(text: string): TextToken[] {
  const out: TextToken[] = [];
  for (const m of text.matchAll(/[^\t-~]/.test(text) ? WORD : ASCII_WORD)) {
    const surface = m[0];
    const start = m.index;
    const end = start + surface.length;
    const expansion = expandAbbreviation(surface);
    if (expansion) {
      for (const word of expansion) {
        out.push({ start, end, surface, word, stem: toStem(word), expanded: true });
      }
      continue;
    }
    const word = fold(surface);
    const stem = STOP_WORDS.has(word) ? null : toStem(word);
    out.push({ start, end, surface, word, stem, expanded: false });
  }
  return out;
}

/** The stems of a text's meaningful words, in order (for index building: no offsets needed). */
export function toStems(text: string): string[] {
  const stems: string[] = [];
  for (const t of tokenizeText(text)) if (t.stem !== null) stems.push(t.stem);
  return stems;
}
