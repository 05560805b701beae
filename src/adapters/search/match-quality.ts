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
  // Whole title (kind 3) when the lengths agree, else the query as a consecutive phrase (kind 2).
  for (let start = 0; start + query.length <= doc.length; start += 1) {
    let approximate = false;
    let qi = 0;
    for (; qi < query.length; qi += 1) {
      const hit = matchTerm(
        query[qi] ?? '',
        doc[start + qi] ?? '',
        qi === last,
        fuzzy[qi] === true,
      );
      if (hit === null) break;
      if (hit === 'approximate') approximate = true;
    }
    if (qi === query.length) return { kind: query.length === doc.length ? 3 : 2, approximate };
  }
  // Every query word somewhere in the title (kind 1), or only some (kind 0).
  let every = true;
  let approximate = false;
  for (let qi = 0; qi < query.length; qi += 1) {
    let best: TermMatch = null;
    for (let di = 0; di < doc.length && best !== 'exact'; di += 1) {
      best = matchTerm(query[qi] ?? '', doc[di] ?? '', qi === last, fuzzy[qi] === true) ?? best;
    }
    if (best === null) every = false;
    else if (best === 'approximate') approximate = true;
  }
  return { kind: every ? 1 : 0, approximate };
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
