import { stemmer } from 'stemmer';

/** Words too common in job titles to carry meaning ("Physicians, All Other" → physician). */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with',
]);

// Stemming is the hot path of index building; titles reuse a small vocabulary (~10k words).
const stemCache = new Map<string, string>();

/** Splits text into lower-case words: letters and digits, accents removed, `C++` and `C#` kept. */
export function tokenizeTitle(text: string): string[] {
  let lower = text.toLowerCase();
  // O*NET titles are ASCII; only user input needs accents folded ("café" → "cafe").
  if (/[^ -~]/.test(lower)) lower = lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (/[+#'’]/.test(lower)) {
    lower = lower.replace(/c\+\+/g, 'cplusplus').replace(/c#/g, 'csharp').replace(/['’]/g, '');
  }
  return lower.match(/[a-z0-9]+/g) ?? [];
}

/** One word → its search term (Porter stem), or null for stop words. */
export function toSearchTerm(word: string): string | null {
  if (STOP_WORDS.has(word)) return null;
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    stemCache.set(word, stem);
  }
  return stem;
}

/** Text → the search terms MiniSearch indexes and queries, in order. */
export function toSearchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of tokenizeTitle(text)) {
    const term = toSearchTerm(word);
    if (term !== null) terms.push(term);
  }
  return terms;
}

const PARENTHESIS = /\(([^)]*)\)/g;

function isAcronym(text: string): boolean {
  return /^[A-Z0-9&/.\- ]+$/.test(text.trim()) && /[A-Z]/.test(text);
}

/**
 * The term sequences a title can be matched against as a whole: the title itself, the title
 * without its parenthesis, and the parenthesis alone when it is another name for the same job
 * rather than a qualifier: an acronym ("Registered Nurse (RN)"), a short form sharing a word
 * ("Sales Representative (Sales Rep)"), or the expansion of an acronym ("CEO (Chief Executive
 * Officer)"). "Intelligence Officer (Management)" is not matched by "management" alone.
 */
export function toTitleVariants(title: string): string[][] {
  const variants = [toSearchTerms(title)];
  if (!title.includes('(')) return variants;
  const outsideText = title.replace(PARENTHESIS, ' ');
  const outside = toSearchTerms(outsideText);
  variants.push(outside);
  for (const m of title.matchAll(PARENTHESIS)) {
    const insideText = m[1] ?? '';
    const inside = toSearchTerms(insideText);
    const alias =
      isAcronym(insideText) || isAcronym(outsideText) || inside.some((t) => outside.includes(t));
    if (alias) variants.push(inside);
  }
  return variants.filter((v) => v.length > 0);
}
