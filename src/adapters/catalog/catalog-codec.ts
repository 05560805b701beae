import type {
  Catalog,
  ElementRating,
  Occupation,
  OnetCode,
  RelatednessTier,
  Technology,
} from '../../core/domain/index.js';

/** Bumped whenever the packed layout or the catalog's content rules change (forces a rebuild). */
export const CATALOG_FORMAT_VERSION = 1;

const TIERS: readonly RelatednessTier[] = ['Primary-Short', 'Primary-Long', 'Supplemental'];
const SEP = '\n';

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
  /** Ratings as [importance×100, level×100, flags (1 suppressed, 2 not relevant)] triples. */
  readonly skills: number[] | null;
  readonly knowledge: number[] | null;
  readonly abilities: number[] | null;
  readonly alternateTitles: string;
  readonly reportedTitles: string;
  /** [name string id, commodity string id, flags (1 hot, 2 in demand)] triples. */
  readonly technologies: number[];
  /** [task id, text, core ? 1 : 0] triples. */
  readonly tasks: (string | number)[];
  /** [occupation index, tier index, relatedness index] triples. */
  readonly related: number[];
}

/** The compiled-store form of a catalog: the same data, packed so it loads fast. */
export interface PackedCatalog extends Omit<Plain<Catalog>, 'occupations'> {
  readonly format: 'career-recommender/catalog';
  readonly version: number;
  /** Strings shared by many occupations (technology names and commodity titles). */
  readonly strings: string[];
  readonly occupations: PackedOccupation[];
}

const packRatings = (ratings: readonly ElementRating[] | null): number[] | null =>
  ratings === null
    ? null
    : ratings.flatMap((r) => [
        Math.round(r.importance * 100),
        Math.round(r.level * 100),
        (r.suppressed ? 1 : 0) | (r.notRelevant ? 2 : 0),
      ]);

function unpackRatings(packed: readonly number[] | null): ElementRating[] | null {
  if (packed === null) return null;
  const out: ElementRating[] = new Array(packed.length / 3);
  for (let i = 0, j = 0; j < packed.length; i += 1, j += 3) {
    const flags = packed[j + 2] ?? 0;
    out[i] = {
      importance: (packed[j] ?? 0) / 100,
      level: (packed[j + 1] ?? 0) / 100,
      suppressed: (flags & 1) !== 0,
      notRelevant: (flags & 2) !== 0,
    };
  }
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
  const indexOf = new Map(catalog.occupations.map((o, i) => [o.code, i]));
  const occupations = catalog.occupations.map((o): PackedOccupation => ({
    ...o,
    skills: packRatings(o.skills),
    knowledge: packRatings(o.knowledge),
    abilities: packRatings(o.abilities),
    alternateTitles: o.alternateTitles.join(SEP),
    reportedTitles: o.reportedTitles.join(SEP),
    technologies: o.technologies.flatMap((t) => [
      intern(t.name),
      intern(t.commodityTitle),
      (t.hot ? 1 : 0) | (t.inDemand ? 2 : 0),
    ]),
    tasks: o.tasks.flatMap((t) => [t.id, t.text, t.core ? 1 : 0]),
    related: o.related.flatMap((r) => [indexOf.get(r.code) ?? -1, TIERS.indexOf(r.tier), r.index]),
  }));
  return {
    ...catalog,
    format: 'career-recommender/catalog',
    version: CATALOG_FORMAT_VERSION,
    strings,
    occupations,
  };
}

/** Restores the catalog from its packed form (the inverse of {@link toPackedCatalog}). */
export function fromPackedCatalog(packed: PackedCatalog): Catalog {
  const { strings } = packed;
  const codes = packed.occupations.map((o) => o.code);
  const occupations = packed.occupations.map((p): Occupation => {
    const technologies: Technology[] = [];
    for (let j = 0; j < p.technologies.length; j += 3) {
      const flags = p.technologies[j + 2] ?? 0;
      technologies.push({
        name: strings[p.technologies[j] ?? -1] ?? '',
        commodityTitle: strings[p.technologies[j + 1] ?? -1] ?? '',
        hot: (flags & 1) !== 0,
        inDemand: (flags & 2) !== 0,
      });
    }
    const tasks = [];
    for (let j = 0; j < p.tasks.length; j += 3) {
      tasks.push({
        id: String(p.tasks[j]),
        text: String(p.tasks[j + 1]),
        core: p.tasks[j + 2] === 1,
      });
    }
    const related = [];
    for (let j = 0; j < p.related.length; j += 3) {
      related.push({
        code: codes[p.related[j] ?? -1] as OnetCode,
        tier: TIERS[p.related[j + 1] ?? -1] ?? 'Supplemental',
        index: p.related[j + 2] ?? 0,
      });
    }
    return {
      ...p,
      skills: unpackRatings(p.skills),
      knowledge: unpackRatings(p.knowledge),
      abilities: unpackRatings(p.abilities),
      alternateTitles: splitList(p.alternateTitles),
      reportedTitles: splitList(p.reportedTitles),
      technologies,
      tasks,
      related,
    };
  });
  const { format: _format, version: _version, strings: _strings, ...rest } = packed;
  return { ...rest, occupations };
}
