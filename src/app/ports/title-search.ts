import type { OnetCode } from '../../core/domain/index.js';

/** Which kind of title a search hit matched: O*NET's official title, an alternate, a reported one, or our synonym table. */
export type TitleField = 'title' | 'alternate' | 'reported' | 'synonym';

/** One occupation found for a job-title query. */
export interface TitleMatch {
  readonly code: OnetCode;
  /** The occupation's official O*NET title. */
  readonly title: string;
  /**
   * The ranking key, higher first. Its integer part is the kind of match (3 whole title,
   * 2 whole phrase inside a title, 1 every word somewhere in a title, 0 some words); the
   * fraction is text relevance weighted by title kind and how common the occupation is.
   */
  readonly score: number;
  /**
   * How the query covers `matchedTitle`: 3 the whole title, 2 a whole phrase inside it, 1 every
   * word somewhere in it, 0 only some words.
   */
  readonly kind: 0 | 1 | 2 | 3;
  /** True when a word only matched after typo tolerance or as a word prefix. */
  readonly approximate: boolean;
  /** The title (or colloquial word) that matched best. */
  readonly matchedTitle: string;
  readonly matchedField: TitleField;
  /** Short human sentence, e.g. `matches the alternate title "Marketing Coordinator"`. */
  readonly why: string;
}

/** Options of one title search. */
export interface TitleSearchOptions {
  /** Most results to return (1–100, default 10). */
  readonly limit?: number;
  /** Only occupations with O*NET ratings (the ones the recommender can score). */
  readonly rateableOnly?: boolean;
}

/** Finds occupations by job title ("marketing coordinator", "doctor", typos included). */
export interface TitleSearch {
  /**
   * Best-first matches; empty when nothing matches. Throws AppError VALIDATION_FAILED for an
   * empty query or invalid options.
   */
  search(query: string, options?: TitleSearchOptions): readonly TitleMatch[];
}
