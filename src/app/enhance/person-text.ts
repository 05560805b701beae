import type { EnhancePersonText } from '../ports/index.js';
import { hasLinkOrMarkup, looksLikeInstructions } from './instruction-patterns.js';

/** The longest person text passed on (the profile schema allows 120 characters). */
export const MAX_PERSON_TEXT_LENGTH = 120;

/**
 * Cleans text a person typed before it goes to an LLM: control characters and line breaks
 * become spaces, the length is capped, and text that looks like instructions (or carries links
 * or markup) is withheld altogether. Returns null when there is nothing to pass.
 */
export function toPersonText(raw: string | null | undefined): EnhancePersonText | null {
  if (raw === null || raw === undefined) return null;
  // eslint-disable-next-line no-control-regex
  const cleaned = raw.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  const text = cleaned.replace(/\s+/g, ' ').trim().slice(0, MAX_PERSON_TEXT_LENGTH).trim();
  if (text === '') return null;
  if (looksLikeInstructions(raw) || looksLikeInstructions(text) || hasLinkOrMarkup(raw)) {
    return { currentOccupation: null, withheld: true };
  }
  return { currentOccupation: text, withheld: false };
}
