import { createHash } from 'node:crypto';
import type { AsPlainObject } from 'minisearch';
import type { TitleField } from '../../app/ports/index.js';
import type { Catalog } from '../../core/domain/index.js';
import { AppError } from '../../errors.js';
import type { ColloquialSynonym } from './colloquial-synonyms.js';
import { toDocumentText, type TitleCorpus, type TitleDocument } from './title-documents.js';

/**
 * Bump when tokenizing, stemming, stop words or document building change: a cached index from
 * an older build would otherwise hold terms that queries no longer produce.
 */
const INDEX_VERSION = 1;
const FORMAT = 'careers-title-search';
const FIELDS: readonly TitleField[] = ['title', 'alternate', 'reported', 'synonym'];

interface SearchIndexFile {
  readonly format: string;
  readonly version: number;
  /** Catalog fingerprint, occupation count and a hash of the synonym table. */
  readonly signature: string;
  /** Per document: occupation index, field index, position in its list, listings. */
  readonly documents: readonly number[];
  readonly index: AsPlainObject;
}

function toSignature(catalog: Catalog, synonyms: readonly ColloquialSynonym[]): string {
  const table = createHash('sha256').update(JSON.stringify(synonyms)).digest('hex').slice(0, 16);
  return `${catalog.source.fingerprint}|${catalog.occupations.length}|${table}`;
}

/** Serializes the corpus (as positions into the catalog, not text) and the MiniSearch index. */
export function toSearchIndexJson(
  catalog: Catalog,
  synonyms: readonly ColloquialSynonym[],
  docs: readonly TitleDocument[],
  index: AsPlainObject,
): string {
  const file: SearchIndexFile = {
    format: FORMAT,
    version: INDEX_VERSION,
    signature: toSignature(catalog, synonyms),
    documents: docs.flatMap((d) => [d.occupation, FIELDS.indexOf(d.field), d.position, d.listings]),
    index,
  };
  return JSON.stringify(file);
}

function stale(why: string): AppError {
  return new AppError(
    'DATA_INVALID',
    `The cached title-search index cannot be used (${why}); delete it and it is rebuilt from the catalog.`,
  );
}

/**
 * Reads `toSearchIndexJson` output back: the corpus, rebuilt from the catalog by position,
 * and the plain MiniSearch index. Throws AppError DATA_INVALID when the JSON is damaged or
 * was made from another catalog, synonym table or index version.
 */
export function parseSearchIndexJson(
  catalog: Catalog,
  synonyms: readonly ColloquialSynonym[],
  json: string,
): { readonly corpus: TitleCorpus; readonly index: AsPlainObject } {
  let file: Partial<SearchIndexFile>;
  try {
    file = JSON.parse(json) as Partial<SearchIndexFile>;
  } catch {
    throw stale('it is not valid JSON');
  }
  if (file?.format !== FORMAT || file.version !== INDEX_VERSION) {
    throw stale('it was written by another version of the program');
  }
  if (file.signature !== toSignature(catalog, synonyms)) {
    throw stale('it was built from other data');
  }
  const flat = file.documents;
  if (!Array.isArray(flat) || flat.length % 4 !== 0 || !Array.isArray(file.index?.index)) {
    throw stale('its document list is damaged');
  }
  const docs: TitleDocument[] = [];
  for (let k = 0; k < flat.length; k += 4) {
    const [occupation = -1, fieldIndex = -1, position = -1, listings = 0] = flat.slice(k, k + 4);
    const field = FIELDS[fieldIndex];
    const text =
      field === undefined
        ? undefined
        : toDocumentText(catalog, synonyms, occupation, field, position);
    if (field === undefined || text === undefined) throw stale('its document list is damaged');
    docs.push({ id: docs.length, occupation, field, position, text, listings });
  }
  const vocabulary = new Set(file.index.index.map(([term]) => term));
  return { corpus: { docs, vocabulary }, index: file.index };
}
