import type { TitleField } from '../../app/ports/index.js';
import type { Catalog } from '../../core/domain/index.js';
import type { ColloquialSynonym } from './colloquial-synonyms.js';
import { toSearchTerms } from './text-terms.js';

/** One searchable title of one occupation (MiniSearch indexes its terms under `id`). */
export interface TitleDocument {
  /** Position in the document list; MiniSearch's document id. */
  readonly id: number;
  /** Index of the occupation in `catalog.occupations`. */
  readonly occupation: number;
  /** The strongest field the title is listed in for this occupation. */
  readonly field: TitleField;
  /** Position of the title in its list (alternate or reported titles, or the synonym table). */
  readonly position: number;
  readonly text: string;
  /** In how many of the occupation's title lists the title appears (official, alternate, reported). */
  readonly listings: number;
}

const FIELD_RANK: Readonly<Record<TitleField, number>> = {
  title: 0,
  alternate: 1,
  reported: 2,
  synonym: 3,
};

/** The searchable titles and every term they contain. */
export interface TitleCorpus {
  readonly docs: readonly TitleDocument[];
  /** Every search term of every document (typo tolerance is used only for other words). */
  readonly vocabulary: ReadonlySet<string>;
}

/** A freshly built corpus: also each document's search terms, space-separated, to index. */
export interface BuiltTitleCorpus extends TitleCorpus {
  readonly terms: readonly string[];
}

// Titles repeat across occupations ("Engineer" is listed for 37); tokenize each text once.
function createTermCache(vocabulary: Set<string>): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let terms = cache.get(text);
    if (terms === undefined) {
      const list = toSearchTerms(text);
      for (const term of list) vocabulary.add(term);
      terms = list.join(' ');
      cache.set(text, terms);
    }
    return terms;
  };
}

/**
 * One document per distinct (occupation, title): the official title, the alternate titles,
 * the reported titles, then the colloquial synonyms. A title listed in several fields of one
 * occupation is kept once, in the strongest field (title > alternate > reported), and counts
 * the listings, since a title both O*NET and incumbents use is stronger evidence.
 */
export function toTitleCorpus(
  catalog: Catalog,
  synonyms: readonly ColloquialSynonym[],
): BuiltTitleCorpus {
  const vocabulary = new Set<string>();
  const termsOf = createTermCache(vocabulary);
  const indexOfCode = new Map(catalog.occupations.map((o, i) => [o.code as string, i]));
  const synonymsByOccupation = new Map<number, number[]>();
  synonyms.forEach((synonym, k) => {
    for (const code of synonym.codes) {
      const i = indexOfCode.get(code);
      if (i === undefined) continue; // a trimmed test catalog may lack the code
      synonymsByOccupation.set(i, [...(synonymsByOccupation.get(i) ?? []), k]);
    }
  });
  const docs: { -readonly [K in keyof TitleDocument]: TitleDocument[K] }[] = [];
  const terms: string[] = [];
  catalog.occupations.forEach((occupation, i) => {
    const seen = new Map<string, number>();
    const add = (field: TitleField, text: string, position: number): void => {
      const key = termsOf(text);
      if (key === '') return;
      const existing = seen.get(key);
      if (existing !== undefined) {
        const doc = docs[existing];
        if (doc !== undefined && field !== 'synonym') doc.listings += 1;
        return;
      }
      seen.set(key, docs.length);
      terms.push(key);
      docs.push({ id: docs.length, occupation: i, field, position, text, listings: 1 });
    };
    add('title', occupation.title, 0);
    occupation.alternateTitles.forEach((t, k) => add('alternate', t, k));
    occupation.reportedTitles.forEach((t, k) => add('reported', t, k));
    for (const k of synonymsByOccupation.get(i) ?? []) add('synonym', synonyms[k]?.term ?? '', k);
  });
  return { docs, vocabulary, terms };
}

/** Orders fields from strongest (official title) to weakest, for tie-breaks. */
export function compareFields(a: TitleField, b: TitleField): number {
  return FIELD_RANK[a] - FIELD_RANK[b];
}

/** The text a document stands for, looked up in the catalog, or undefined when out of range. */
export function toDocumentText(
  catalog: Catalog,
  synonyms: readonly ColloquialSynonym[],
  occupation: number,
  field: TitleField,
  position: number,
): string | undefined {
  const o = catalog.occupations[occupation];
  if (o === undefined) return undefined;
  switch (field) {
    case 'title':
      return position === 0 ? o.title : undefined;
    case 'alternate':
      return o.alternateTitles[position];
    case 'reported':
      return o.reportedTitles[position];
    case 'synonym':
      return synonyms[position]?.term;
  }
}
