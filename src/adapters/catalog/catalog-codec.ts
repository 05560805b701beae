import type {
  Catalog,
  ElementRating,
  Occupation,
  OnetCode,
  RelatedOccupation,
  RelatednessTier,
  Technology,
} from '../../core/domain/index.js';

/** Bumped whenever the packed layout or the catalog's content rules change (forces a rebuild). */
export const CATALOG_FORMAT_VERSION = 9;

const TIERS: readonly RelatednessTier[] = ['Primary-Short', 'Primary-Long', 'Supplemental'];
const SEP = '\n';

/** 64 JSON-safe digits: small non-negative integers are packed as fixed-width base-64 text. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i += 1) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;

/** Packs non-negative integers below 64^width as `width` base-64 digits each. */
function packInts(values: readonly number[], width: number): string {
  let out = '';
  for (const value of values) {
    if (!Number.isInteger(value) || value < 0 || value >= 64 ** width) {
      throw new RangeError(`cannot pack ${value} in ${width} base-64 digits`);
    }
    for (let shift = (width - 1) * 6; shift >= 0; shift -= 6) out += DIGITS[(value >> shift) & 63];
  }
  return out;
}

/** Unpacks what {@link packInts} packed. */
function unpackInts(text: string, width: number): number[] {
  const out = new Array<number>(text.length / width);
  for (let i = 0, j = 0; j < text.length; i += 1) {
    let value = 0;
    for (let k = 0; k < width; k += 1, j += 1)
      value = value * 64 + (DIGIT_VALUE[text.charCodeAt(j)] ?? 0);
    out[i] = value;
  }
  return out;
}

type Plain<T> = { -readonly [K in keyof T]: T[K] };

/** One occupation with its bulky lists packed into flat arrays and joined strings. */
interface PackedOccupation extends Omit<
  Plain<Occupation>,
  | 'skills'
  | 'knowledge'
  | 'abilities'
  | 'alternateTitles'
  | 'reportedTitles'
  | 'technologies'
  | 'tasks'
  | 'related'
> {
  /** Ratings as 3-digit base-64 indexes into `PackedCatalog.ratings`. */
  readonly skills: string | null;
  readonly knowledge: string | null;
  readonly abilities: string | null;
  readonly alternateTitles: string;
  readonly reportedTitles: string;
  /** 3-digit base-64 indexes into `PackedCatalog.technologies`. */
  readonly technologies: string;
  /** Task ids and texts, each joined by newlines, and 1-digit core flags. */
  readonly taskIds: string;
  readonly tasks: string;
  readonly taskCore: string;
  /** 2-digit base-64 [occupation index, tier index, relatedness index]. */
  readonly related: string;
}

/** The compiled-store form of a catalog: the same data, packed so it loads fast. */
export interface PackedCatalog extends Omit<Plain<Catalog>, 'occupations'> {
  readonly format: 'career-recommender/catalog';
  readonly version: number;
  /** Strings shared by many occupations (technology names and commodity titles). */
  readonly strings: string[];
  /**
   * Every distinct technology entry once, as 3-digit base-64 [name string id, commodity string
   * id, flags (1 hot, 2 in demand)]: 32,773 entries hold ~9,200 distinct ones, shared on load.
   */
  readonly technologies: string;
  /**
   * Every distinct rating once, as 2-digit base-64 [importance×100, level×100, flags (1
   * suppressed, 2 not relevant)]: 107,280 ratings hold only ~21,000 distinct values, so the
   * loader creates each readonly ElementRating once and occupations share them.
   */
  readonly ratings: string;
  readonly occupations: PackedOccupation[];
}

/** Interns ratings into a shared table and returns each list as table indexes. */
function createRatingPacker(): {
  pack: (ratings: readonly ElementRating[] | null) => string | null;
  table: () => string;
} {
  const table: number[] = [];
  const ids = new Map<number, number>();
  return {
    pack: (ratings) =>
      ratings === null
        ? null
        : packInts(
            ratings.map((r) => {
              const fields = [
                Math.round(r.importance * 100),
                Math.round(r.level * 100),
                (r.suppressed ? 1 : 0) | (r.notRelevant ? 2 : 0),
              ] as const;
              const key = (fields[0] * 4096 + fields[1]) * 4 + fields[2];
              let id = ids.get(key);
              if (id === undefined) {
                id = table.push(...fields) / 3 - 1;
                ids.set(key, id);
              }
              return id;
            }),
            3,
          ),
    table: () => packInts(table, 2),
  };
}

function toRatingTable(packed: string): ElementRating[] {
  const ints = unpackInts(packed, 2);
  const out: ElementRating[] = new Array(ints.length / 3);
  for (let i = 0, j = 0; j < ints.length; i += 1, j += 3) {
    const flags = ints[j + 2] ?? 0;
    out[i] = {
      importance: (ints[j] ?? 0) / 100,
      level: (ints[j + 1] ?? 0) / 100,
      suppressed: (flags & 1) !== 0,
      notRelevant: (flags & 2) !== 0,
    };
  }
  return out;
}

function unpackRatings(
  packed: string | null,
  table: readonly ElementRating[],
): ElementRating[] | null {
  if (packed === null) return null;
  const ids = unpackInts(packed, 3);
  const out: ElementRating[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i += 1) out[i] = table[ids[i] ?? -1] as ElementRating;
  return out;
}

const splitList = (joined: string): string[] => (joined === '' ? [] : joined.split(SEP));

/** Packs a catalog for the compiled store (ratings as scaled integers, shared strings indexed). */
export function toPackedCatalog(catalog: Catalog): PackedCatalog {
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const intern = (s: string): number => {
    let id = stringIds.get(s);
    if (id === undefined) {
      id = strings.push(s) - 1;
      stringIds.set(s, id);
    }
    return id;
  };
  const ratings = createRatingPacker();
  const techTable: number[] = [];
  const techIds = new Map<string, number>();
  const internTech = (t: Technology): number => {
    const fields = [
      intern(t.name),
      intern(t.commodityTitle),
      (t.hot ? 1 : 0) | (t.inDemand ? 2 : 0),
    ];
    const key = fields.join(' ');
    let id = techIds.get(key);
    if (id === undefined) {
      id = techTable.push(...fields) / 3 - 1;
      techIds.set(key, id);
    }
    return id;
  };
  const indexOf = new Map(catalog.occupations.map((o, i) => [o.code, i]));
  const occupations = catalog.occupations.map((o): PackedOccupation => ({
    ...o,
    skills: ratings.pack(o.skills),
    knowledge: ratings.pack(o.knowledge),
    abilities: ratings.pack(o.abilities),
    alternateTitles: o.alternateTitles.join(SEP),
    reportedTitles: o.reportedTitles.join(SEP),
    technologies: packInts(o.technologies.map(internTech), 3),
    taskIds: o.tasks.map((t) => t.id).join(SEP),
    tasks: o.tasks.map((t) => t.text).join(SEP),
    taskCore: packInts(
      o.tasks.map((t) => (t.core ? 1 : 0)),
      1,
    ),
    related: packInts(
      o.related.flatMap((r) => [indexOf.get(r.code) ?? -1, TIERS.indexOf(r.tier), r.index]),
      2,
    ),
  }));
  return {
    ...catalog,
    format: 'career-recommender/catalog',
    version: CATALOG_FORMAT_VERSION,
    strings,
    technologies: packInts(techTable, 3),
    ratings: ratings.table(),
    occupations,
  };
}

/** Restores the catalog from its packed form (the inverse of {@link toPackedCatalog}). */
export function fromPackedCatalog(packed: PackedCatalog): Catalog {
  const { strings } = packed;
  const ratingTable = toRatingTable(packed.ratings);
  const techInts = unpackInts(packed.technologies, 3);
  const techTable: Technology[] = new Array(techInts.length / 3);
  for (let i = 0, j = 0; j < techInts.length; i += 1, j += 3) {
    const flags = techInts[j + 2] ?? 0;
    techTable[i] = {
      name: strings[techInts[j] ?? -1] ?? '',
      commodityTitle: strings[techInts[j + 1] ?? -1] ?? '',
      hot: (flags & 1) !== 0,
      inDemand: (flags & 2) !== 0,
    };
  }
  const codes = packed.occupations.map((o) => o.code);
  const occupations = packed.occupations.map((p): Occupation => {
    const technologies = unpackInts(p.technologies, 3).map((id) => techTable[id] as Technology);
    const { taskIds, taskCore, ...plain } = p;
    const texts = splitList(p.tasks);
    const tasks = splitList(taskIds).map((id, i) => ({
      id,
      text: texts[i] ?? '',
      core: DIGIT_VALUE[taskCore.charCodeAt(i)] === 1,
    }));
    const links = unpackInts(p.related, 2);
    const related: RelatedOccupation[] = new Array(links.length / 3);
    for (let i = 0, j = 0; j < links.length; i += 1, j += 3) {
      related[i] = {
        code: codes[links[j] ?? -1] as OnetCode,
        tier: TIERS[links[j + 1] ?? -1] ?? 'Supplemental',
        index: links[j + 2] ?? 0,
      };
    }
    return {
      ...plain,
      skills: unpackRatings(p.skills, ratingTable),
      knowledge: unpackRatings(p.knowledge, ratingTable),
      abilities: unpackRatings(p.abilities, ratingTable),
      alternateTitles: splitList(p.alternateTitles),
      reportedTitles: splitList(p.reportedTitles),
      technologies,
      tasks,
      related,
    };
  });
  const { format: _f, version: _v, strings: _s, ratings: _r, technologies: _t, ...rest } = packed;
  return { ...rest, occupations };
}
