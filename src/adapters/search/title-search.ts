import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { TitleMatch, TitleSearch, TitleSearchOptions } from '../../app/ports/index.js';
import type { Catalog } from '../../core/domain/index.js';
import { AppError } from '../../errors.js';
import { COLLOQUIAL_SYNONYMS, type ColloquialSynonym } from './colloquial-synonyms.js';
import { describeMatch } from './describe-match.js';
import { toEmploymentPriors } from './employment-prior.js';
import {
  FUZZY_FRACTION,
  FUZZY_MIN_LENGTH,
  PREFIX_MIN_LENGTH,
  rateMatch,
  type MatchKind,
  type MatchQuality,
} from './match-quality.js';
import { parseLimit, parseQuery } from './search-input.js';
import { parseSearchIndexJson, toSearchIndexJson } from './search-index-json.js';
import {
  compareFields,
  toTitleCorpus,
  type TitleCorpus,
  type TitleDocument,
} from './title-documents.js';
import { toSearchTerms, toTitleVariants } from './text-terms.js';

/** Official title > alternate > reported; curated synonyms weigh like official titles. */
const FIELD_BOOST = { title: 2, alternate: 1.5, reported: 1.2, synonym: 2 } as const;
/** Extra weight per additional list (official, alternate, reported) that names the same title. */
const LISTING_BONUS = 0.1;
/** Relevance at which the fractional part of the score reaches 0.5. */
const RELEVANCE_HALF = 20;

/**
 * Documents are indexed by their pre-computed terms (see `toTitleCorpus`), so MiniSearch only
 * splits on spaces; queries go through the same `toSearchTerms` first. One field: the title
 * kinds are weighted per document (`boostDocument`), which also folds in the employment prior.
 */
const INDEX_OPTIONS: Options<TitleDocument> = {
  idField: 'id',
  fields: ['terms'],
  tokenize: (text) => text.split(' '),
  processTerm: (term) => term,
};

/** Options for building a title search. */
export interface TitleSearchBuildOptions {
  /** The colloquial-synonym table (default `COLLOQUIAL_SYNONYMS`); tests pass [] to compare. */
  readonly synonyms?: readonly ColloquialSynonym[];
}

/** A title search that can also serialize its index, so start-up can skip building it. */
export interface CachableTitleSearch extends TitleSearch {
  /** The index as JSON for `loadTitleSearch`, tied to this catalog's fingerprint. */
  toSearchIndexJson(): string;
}

interface Candidate {
  readonly doc: TitleDocument;
  /** Match kind from `rateMatch`. */
  readonly kind: MatchKind;
  /** The kind, one lower when a word only matched with a typo or as a prefix. */
  readonly rank: number;
  readonly approximate: boolean;
  readonly relevance: number;
}

/** Title search over a catalog with MiniSearch (BM25, stems, typos, prefixes) and a mild employment prior. */
class MiniSearchTitleSearch implements CachableTitleSearch {
  private readonly boosts: Float64Array;
  private readonly variants = new Map<number, readonly (readonly string[])[]>();

  constructor(
    private readonly catalog: Catalog,
    private readonly synonyms: readonly ColloquialSynonym[],
    private readonly corpus: TitleCorpus,
    private readonly index: MiniSearch<TitleDocument>,
  ) {
    const priors = toEmploymentPriors(catalog);
    this.boosts = new Float64Array(corpus.docs.length);
    for (const d of corpus.docs) {
      const listed = 1 + LISTING_BONUS * (d.listings - 1);
      this.boosts[d.id] = FIELD_BOOST[d.field] * listed * (priors[d.occupation] ?? 1);
    }
  }

  search(query: string, options: TitleSearchOptions = {}): readonly TitleMatch[] {
    const limit = parseLimit(options.limit);
    const terms = toSearchTerms(parseQuery(query));
    if (terms.length === 0) return [];
    // Typo tolerance only for words no title contains: "softwre" is corrected, while "coder"
    // stays "coder" instead of also becoming "coner".
    const fuzzy = terms.map((t) => t.length >= FUZZY_MIN_LENGTH && !this.corpus.vocabulary.has(t));
    const searchOptions: SearchOptions = {
      combineWith: 'OR',
      prefix: (term, i, all) => i === all.length - 1 && term.length >= PREFIX_MIN_LENGTH,
      fuzzy: (_term, i) => (fuzzy[i] === true ? FUZZY_FRACTION : false),
      boostDocument: (id: number) => this.boosts[id] ?? 1,
    };
    const distinct = new Set(terms);
    const best = new Map<number, Candidate>();
    for (const hit of this.index.search(terms.join(' '), searchOptions)) {
      const doc = this.corpus.docs[hit.id as number];
      if (doc === undefined) continue;
      if (options.rateableOnly === true && !this.catalog.occupations[doc.occupation]?.rateable) {
        continue;
      }
      // Only titles containing every query word can be more than a partial match; rating
      // just those keeps broad words ("operator" is in 5,000 titles) cheap.
      const quality: MatchQuality =
        hit.queryTerms.length >= distinct.size
          ? rateMatch(terms, fuzzy, this.variantsOf(doc))
          : { kind: 0, approximate: hit.terms.some((t) => !distinct.has(t)) };
      const rank = quality.approximate ? Math.max(0, quality.kind - 1) : quality.kind;
      const candidate: Candidate = {
        doc,
        kind: quality.kind,
        rank,
        approximate: quality.approximate,
        relevance: hit.score,
      };
      const previous = best.get(doc.occupation);
      if (previous === undefined || compareCandidates(candidate, previous) < 0) {
        best.set(doc.occupation, candidate);
      }
    }
    return [...best.values()]
      .sort(compareCandidates)
      .slice(0, limit)
      .map((c) => this.toMatch(c));
  }

  toSearchIndexJson(): string {
    return toSearchIndexJson(this.catalog, this.synonyms, this.corpus.docs, this.index.toJSON());
  }

  private variantsOf(doc: TitleDocument): readonly (readonly string[])[] {
    let variants = this.variants.get(doc.id);
    if (variants === undefined) {
      variants = toTitleVariants(doc.text);
      this.variants.set(doc.id, variants);
    }
    return variants;
  }

  private toMatch(c: Candidate): TitleMatch {
    const occupation = this.catalog.occupations[c.doc.occupation];
    if (occupation === undefined) throw new Error('a search document points past the catalog');
    return {
      code: occupation.code,
      title: occupation.title,
      score: toScore(c),
      kind: c.kind,
      approximate: c.approximate,
      matchedTitle: c.doc.text,
      matchedField: c.doc.field,
      why: describeMatch(c.doc.field, c.doc.text, c.kind, c.approximate),
    };
  }
}

function toScore(c: Candidate): number {
  return c.rank + c.relevance / (c.relevance + RELEVANCE_HALF);
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    toScore(b) - toScore(a) ||
    compareFields(a.doc.field, b.doc.field) ||
    a.doc.occupation - b.doc.occupation
  );
}

/** Builds the title search over every occupation title of the catalog plus the synonym table. */
export function createTitleSearch(
  catalog: Catalog,
  options: TitleSearchBuildOptions = {},
): CachableTitleSearch {
  const synonyms = options.synonyms ?? COLLOQUIAL_SYNONYMS;
  const corpus = toTitleCorpus(catalog, synonyms);
  const index = new MiniSearch<TitleDocument>({
    ...INDEX_OPTIONS,
    extractField: (doc, field) => (field === 'id' ? doc.id : (corpus.terms[doc.id] ?? '')),
  });
  index.addAll(corpus.docs);
  return new MiniSearchTitleSearch(catalog, synonyms, corpus, index);
}

/**
 * Restores a title search from `toSearchIndexJson()` output of the same catalog. Throws
 * AppError DATA_INVALID when the JSON is damaged or stale; build with `createTitleSearch` then.
 */
export function loadTitleSearch(
  catalog: Catalog,
  json: string,
  options: TitleSearchBuildOptions = {},
): CachableTitleSearch {
  const synonyms = options.synonyms ?? COLLOQUIAL_SYNONYMS;
  const { corpus, index } = parseSearchIndexJson(catalog, synonyms, json);
  let restored: MiniSearch<TitleDocument>;
  try {
    restored = MiniSearch.loadJS(index, INDEX_OPTIONS);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'DATA_INVALID',
      `The cached title-search index cannot be used (${why}); delete it and it is rebuilt from the catalog.`,
    );
  }
  return new MiniSearchTitleSearch(catalog, synonyms, corpus, restored);
}
