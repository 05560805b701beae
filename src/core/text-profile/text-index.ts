import type { Occupation } from '../domain/index.js';
import {
  buildFieldVectors,
  type DocumentField,
  type FieldVectors,
} from './occupation-documents.js';
import { toStem, toStems as toStemsUncached, tokenizeText } from './text-tokens.js';

/** What kind of O*NET text an item of the index is. */
export type IndexedKind = 'task' | 'title' | 'technology' | 'commodity';

/** Decides whether an item is left out of the index (the benchmark hides what texts are built from). */
export type IndexFilter = (code: string, kind: IndexedKind, text: string) => boolean;

/** One task statement as a unit-length TF-IDF vector. */
export interface IndexedTask {
  readonly occupation: number;
  readonly text: string;
}

/** A title, technology or commodity class matched as a whole phrase. */
export interface IndexedPhrase {
  readonly kind: Exclude<IndexedKind, 'task'>;
  /** The O*NET name as written. */
  readonly name: string;
  /** Occupations (indices into `TextIndex.occupations`) that list it. */
  readonly occupations: readonly number[];
  /** 0–1: how few occupations share it (log N/df over log N). */
  readonly specificity: number;
  /** For a one-word phrase: the words it matches as written (plurals included), and whether case counts. */
  readonly oneWord: { readonly words: readonly string[]; readonly caseSensitive: boolean } | null;
}

/** The searchable form of the catalog: task vectors, an inverted index and phrase tables. */
export interface TextIndex {
  readonly occupations: readonly Pick<Occupation, 'code' | 'title'>[];
  readonly tasks: readonly IndexedTask[];
  /** stem → (task, weight of the stem in the task's unit vector). */
  readonly postings: ReadonlyMap<string, readonly { task: number; weight: number }[]>;
  /** stem → inverse document frequency over task statements. */
  readonly idf: ReadonlyMap<string, number>;
  /** Space-joined stems of a phrase → the phrases with that key. */
  readonly phrases: ReadonlyMap<string, readonly IndexedPhrase[]>;
  /** Longest phrase in words. */
  readonly maxPhraseWords: number;
  /** Each occupation's tasks, titles and technologies as one TF-IDF vector per field. */
  readonly documents: Readonly<Record<DocumentField, FieldVectors>>;
  /** Every stem the index knows (tasks, titles, technologies): to tell English from other text. */
  readonly vocabulary: ReadonlySet<string>;
}

// Titles and technology names repeat across occupations (32,000 technology rows, 9,000 names).
const stemsCache = new Map<string, string[]>();
function toStems(text: string): string[] {
  let stems = stemsCache.get(text);
  if (!stems) {
    stems = toStemsUncached(text);
    if (stemsCache.size > 200_000) stemsCache.clear();
    stemsCache.set(text, stems);
  }
  return stems;
}

const VENDORS = new Set(
  'microsoft adobe oracle ibm google autodesk sap apple amazon intuit salesforce sas'.split(' '),
);

/** The stems of a title worth matching: the title, and without ", All Other" or its parenthesis. */
function titleVariants(title: string): string[] {
  const plain = title.replace(/,\s*all other$/i, '');
  const out = [plain];
  if (plain.includes('(')) {
    out.push(plain.replace(/\([^)]*\)/g, ' '));
    for (const m of plain.matchAll(/\(([^)]*)\)/g)) {
      if (/^[A-Z0-9&/.\- ]+$/.test(m[1]!.trim())) out.push(m[1]!);
    }
  }
  return out;
}

/** A technology's names: as written, without "software", and without a vendor for rare words. */
function technologyVariants(name: string, taskDf: ReadonlyMap<string, number>): string[] {
  const out = [name];
  const bare = name.replace(/\s+software$/i, '');
  if (bare !== name && bare.trim()) out.push(bare);
  const words = bare.split(/\s+/);
  if (words.length >= 2 && VENDORS.has(words[0]!.toLowerCase())) {
    const rest = words.slice(1).join(' ');
    const stems = toStems(rest);
    if (stems.length > 0 && stems.every((s) => (taskDf.get(s) ?? 0) <= 3)) out.push(rest);
  }
  return out;
}

/**
 * Builds the index from the rateable occupations' task statements, titles (official, alternate,
 * reported) and Technology Skills (examples and commodity classes). `exclude` leaves items out.
 */
export function buildTextIndex(
  occupations: readonly Occupation[],
  exclude: IndexFilter = () => false,
): TextIndex {
  const occs = occupations.filter((o) => o.rateable);
  const n = occs.length;
  const tasks: IndexedTask[] = [];
  const taskStems: string[][] = [];
  const df = new Map<string, number>();
  const vocabulary = new Set<string>();
  const fieldStems: Record<DocumentField, string[][]> = {
    tasks: occs.map(() => []),
    titles: occs.map(() => []),
    technologies: occs.map(() => []),
  };
  occs.forEach((o, i) => {
    // The description says in a sentence what the tasks say in detail.
    if (!exclude(o.code, 'task', o.description))
      fieldStems.tasks[i]!.push(...toStems(o.description));
    for (const t of o.tasks) {
      if (exclude(o.code, 'task', t.text)) continue;
      const stems = toStems(t.text);
      if (stems.length === 0) continue;
      fieldStems.tasks[i]!.push(...stems);
      tasks.push({ occupation: i, text: t.text });
      taskStems.push(stems);
      for (const s of new Set(stems)) df.set(s, (df.get(s) ?? 0) + 1);
    }
  });
  const idf = new Map<string, number>();
  for (const [s, d] of df) {
    idf.set(s, Math.log(1 + tasks.length / d));
    vocabulary.add(s);
  }
  const postings = new Map<string, { task: number; weight: number }[]>();
  taskStems.forEach((stems, t) => {
    const tf = new Map<string, number>();
    for (const s of stems) tf.set(s, (tf.get(s) ?? 0) + 1);
    let norm = 0;
    for (const [s, c] of tf) norm += (c * idf.get(s)!) ** 2;
    norm = Math.sqrt(norm);
    for (const [s, c] of tf) {
      let list = postings.get(s);
      if (!list) postings.set(s, (list = []));
      list.push({ task: t, weight: (c * idf.get(s)!) / norm });
    }
  });

  // Phrases: key → name → occupations (and, for one-word phrases, the words as O*NET writes them).
  type RawPhrase = { kind: IndexedPhrase['kind']; occs: Set<number>; written: Set<string> };
  const raw = new Map<string, Map<string, RawPhrase>>();
  const addPhrase = (kind: IndexedPhrase['kind'], name: string, text: string, occ: number) => {
    const stems = toStems(text);
    if (stems.length === 0) return;
    for (const s of stems) vocabulary.add(s);
    const field = kind === 'title' ? 'titles' : 'technologies';
    if (text === name) fieldStems[field][occ]!.push(...stems);
    const key = stems.join(' ');
    let byName = raw.get(key);
    if (!byName) raw.set(key, (byName = new Map()));
    const id = `${kind}\u0000${name}`;
    let entry = byName.get(id);
    if (!entry) byName.set(id, (entry = { kind, occs: new Set(), written: new Set() }));
    entry.occs.add(occ);
    if (stems.length === 1 && entry.written.size === 0) {
      for (const t of tokenizeText(text)) if (t.stem !== null) entry.written.add(t.surface);
    }
  };
  occs.forEach((o, i) => {
    const titles = [o.title, ...o.alternateTitles, ...o.reportedTitles];
    for (const title of titles) {
      if (exclude(o.code, 'title', title)) continue;
      for (const v of titleVariants(title)) addPhrase('title', title, v, i);
    }
    for (const tech of o.technologies) {
      if (!exclude(o.code, 'technology', tech.name)) {
        for (const v of technologyVariants(tech.name, df)) addPhrase('technology', tech.name, v, i);
      }
      if (!exclude(o.code, 'commodity', tech.commodityTitle)) {
        addPhrase('commodity', tech.commodityTitle, tech.commodityTitle, i);
      }
    }
  });
  const documents = {
    tasks: buildFieldVectors(n, (i) => fieldStems.tasks[i]!),
    titles: buildFieldVectors(n, (i) => fieldStems.titles[i]!),
    technologies: buildFieldVectors(n, (i) => fieldStems.technologies[i]!),
  };
  const phrases = new Map<string, IndexedPhrase[]>();
  let maxPhraseWords = 1;
  for (const [key, byName] of raw) {
    const words = key.split(' ');
    maxPhraseWords = Math.max(maxPhraseWords, words.length);
    const list: IndexedPhrase[] = [];
    for (const [id, { kind, occs: set, written }] of byName) {
      list.push({
        kind,
        name: id.slice(id.indexOf('\u0000') + 1),
        occupations: [...set].sort((a, b) => a - b),
        specificity: Math.log(n / set.size) / Math.log(n),
        oneWord: words.length === 1 ? toOneWord(kind, [...written], words[0]!, df) : null,
      });
    }
    phrases.set(key, list);
  }
  return {
    occupations: occs.map((o) => ({ code: o.code, title: o.title })),
    tasks,
    postings,
    idf,
    phrases,
    maxPhraseWords,
    documents,
    vocabulary,
  };
}

// One word matches only as written (or with a plural s): stems alone would let "educated" match
// the title "Educator" and "tracked" the technology "Tracks". A one-word technology that is also
// a word of task statements ("Word", "Access", "Go") must even be capitalised as O*NET writes it.
function toOneWord(
  kind: IndexedPhrase['kind'],
  written: readonly string[],
  stem: string,
  df: ReadonlyMap<string, number>,
): NonNullable<IndexedPhrase['oneWord']> {
  const common = (df.get(stem) ?? 0) > 3 || written.some((w) => w.length <= 2);
  const caseSensitive = kind === 'technology' && common;
  const words = new Set<string>();
  for (const w of written) {
    const form = caseSensitive ? w : w.toLowerCase();
    words.add(form);
    words.add(`${form}s`);
    words.add(`${form}es`);
  }
  return { words: [...words].sort(), caseSensitive };
}

/** Stem of a single word, exposed for tests that build phrases by hand. */
export const stemWord = (word: string) => toStem(word.toLowerCase());
