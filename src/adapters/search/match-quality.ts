import { distance } from 'fastest-levenshtein';

/** How a query covers one title, best first: 3 whole title, 2 whole phrase, 1 every word, 0 some words. */
export type MatchKind = 0 | 1 | 2 | 3;

/** The kind of match of a query against one title, and whether spelling was corrected. */
export interface MatchQuality {
  readonly kind: MatchKind;
  /** True when a query word only matched after typo tolerance or as a word prefix. */
  readonly approximate: boolean;
}

/** Fuzzy tolerance shared with MiniSearch: 20% of the term's length, for terms of 4+ letters. */
export const FUZZY_FRACTION = 0.2;
/** Shortest query term that gets typo tolerance (shorter ones would match everything). */
export const FUZZY_MIN_LENGTH = 4;
/** Shortest last query term that is also matched as a prefix (type-ahead). */
export const PREFIX_MIN_LENGTH = 3;

/** Most edits a query term of this length may differ by, as MiniSearch computes it. */
export function maxEdits(term: string): number {
  return term.length >= FUZZY_MIN_LENGTH ? Math.round(term.length * FUZZY_FRACTION) : 0;
}

type TermMatch = 'exact' | 'approximate' | null;

function matchTerm(query: string, doc: string, isLast: boolean, fuzzy: boolean): TermMatch {
  if (query === doc) return 'exact';
  if (isLast && query.length >= PREFIX_MIN_LENGTH && doc.startsWith(query)) return 'approximate';
  const edits = fuzzy ? maxEdits(query) : 0;
  if (edits > 0 && Math.abs(query.length - doc.length) <= edits && distance(query, doc) <= edits) {
    return 'approximate';
  }
  return null;
}

function rate(
  query: readonly string[],
  fuzzy: readonly boolean[],
  doc: readonly string[],
): MatchQuality {
  const last = query.length - 1;
  const matches = query.map((q, i) =>
    doc.map((d) => matchTerm(q, d, i === last, fuzzy[i] === true)),
  );
  const approximateAt = (qi: number, di: number): boolean => matches[qi]?.[di] === 'approximate';
  const hit = (qi: number, di: number): boolean => (matches[qi]?.[di] ?? null) !== null;
  // Whole title: same length, word for word in order.
  if (query.length === doc.length && query.every((_, i) => hit(i, i))) {
    return { kind: 3, approximate: query.some((_, i) => approximateAt(i, i)) };
  }
  // Whole phrase: the query's words appear consecutively and in order.
  for (let start = 0; start + query.length <= doc.length; start += 1) {
    if (query.every((_, i) => hit(i, start + i))) {
      return { kind: 2, approximate: query.some((_, i) => approximateAt(i, start + i)) };
    }
  }
  const best = query.map((_, qi) => {
    const row = matches[qi] ?? [];
    return row.includes('exact') ? 'exact' : row.includes('approximate') ? 'approximate' : null;
  });
  const approximate = best.includes('approximate');
  return best.every((b) => b !== null) ? { kind: 1, approximate } : { kind: 0, approximate };
}

/**
 * Rates how well the query terms cover a title, trying each of its variants (with and
 * without a parenthesised abbreviation) and keeping the best; exact beats approximate.
 * `fuzzy[i]` says whether query term i may match with typos (as MiniSearch was told);
 * the last term may also match as a word prefix.
 */
export function rateMatch(
  query: readonly string[],
  fuzzy: readonly boolean[],
  variants: readonly (readonly string[])[],
): MatchQuality {
  let best: MatchQuality = { kind: 0, approximate: true };
  for (const variant of variants) {
    const q = rate(query, fuzzy, variant);
    if (q.kind > best.kind || (q.kind === best.kind && best.approximate && !q.approximate)) {
      best = q;
    }
  }
  return best;
}
