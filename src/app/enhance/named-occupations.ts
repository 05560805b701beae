const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const wholePhrase = (phrase: string, flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, flags);

/** O*NET-SOC codes written in text: `15-1252.00` or the SOC part alone, `15-1252`. */
const CODE = /(?<![\p{N}-])\d{2}-\d{4}(?:\.\d{2})?(?![\p{N}])/gu;

/** Replaces every whole-word occurrence of each phrase (any case) with spaces. */
export function blankPhrases(text: string, phrases: readonly string[]): string {
  let out = text;
  for (const phrase of phrases) {
    if (phrase.trim() === '') continue;
    out = out.replace(wholePhrase(phrase, 'giu'), (m) => ' '.repeat(m.length));
  }
  return out;
}

/** The O*NET-SOC codes written in `text`. */
export function codesIn(text: string): string[] {
  return [...text.matchAll(CODE)].map((m) => m[0]);
}

/** True when a written code is one of `codes`, in full or as its SOC part (`15-1252`). */
export function isListedCode(written: string, codes: readonly string[]): boolean {
  return codes.some((c) => c === written || c.startsWith(`${written}.`));
}

/**
 * The known occupation titles `text` names. Multi-word titles match in any case; one-word
 * titles ("Models", "Tellers") only as O*NET capitalises them, so "role models" is not a name.
 */
export function titlesIn(text: string, knownTitles: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return knownTitles.filter((title) => {
    const oneWord = !/\s/.test(title.trim());
    const haystack = oneWord ? text : lower;
    const needle = oneWord ? title : title.toLowerCase();
    if (!haystack.includes(needle)) return false;
    return wholePhrase(needle, 'u').test(haystack);
  });
}
