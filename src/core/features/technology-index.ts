import type { Occupation, Technology } from '../domain/index.js';

/**
 * An occupation's O*NET Technology Skills as a sparse vector over the catalog's vocabulary: each
 * example it lists (e.g. `SAP software`) and each commodity class of those examples (e.g.
 * `Enterprise resource planning ERP software`) weighs its IDF, and the vector is scaled to unit
 * length, so the dot product of two of them is their IDF-weighted cosine. Terms ascend.
 */
export interface TechnologyVector {
  readonly terms: Int32Array;
  readonly weights: Float64Array;
}

/** The technologies of the rateable occupations: vocabulary, IDF and unit vectors. */
export interface TechnologyIndex {
  /** Term keys by term id, sorted: an example's name, or COMMODITY_PREFIX + a commodity title. */
  readonly names: readonly string[];
  /** ln(N / df): N rateable occupations, df of them list the term. */
  readonly idf: Float64Array;
  /** Term id of each term key. */
  readonly termOf: ReadonlyMap<string, number>;
  /** Unit vector of each rateable occupation that lists any example, by O*NET code. */
  readonly byCode: ReadonlyMap<string, TechnologyVector>;
}

/** The vector of an occupation without technology examples: similar to nothing. */
export const EMPTY_TECHNOLOGY: TechnologyVector = Object.freeze({
  terms: new Int32Array(0),
  weights: new Float64Array(0),
});

/** Key prefix of commodity-class terms (no O*NET example name starts with it). */
export const COMMODITY_PREFIX = 'commodity: ';

/** The term keys of a list of technologies: each example and each example's commodity class. */
function termKeys(technologies: readonly Pick<Technology, 'name' | 'commodityTitle'>[]): string[] {
  return technologies.flatMap((t) => [t.name, COMMODITY_PREFIX + t.commodityTitle]);
}

/**
 * Builds the technology index of `rated` (the rateable occupations the population statistics
 * describe). Why IDF: Microsoft Excel is listed by most occupations and says little; AutoCAD
 * or an electronic health record system says a lot about which jobs resemble each other. Why
 * commodity classes too: two jobs using different CAD programs still share the class (measured
 * on the benchmark: a little better than example names alone). `alsoVectorsOf` get vectors
 * under that IDF without shaping it (occupations with estimated profiles).
 */
export function toTechnologyIndex(
  rated: readonly Occupation[],
  alsoVectorsOf: readonly Occupation[] = [],
): TechnologyIndex {
  const lists = rated.map((o) => [...new Set(termKeys(o.technologies))]);
  const df = new Map<string, number>();
  for (const list of lists) for (const name of list) df.set(name, (df.get(name) ?? 0) + 1);
  const names = [...df.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const termOf = new Map(names.map((n, i) => [n, i]));
  const n = rated.length;
  const idf = Float64Array.from(names, (name) => Math.log(n / df.get(name)!));
  const index = { names, idf, termOf, byCode: new Map<string, TechnologyVector>() };
  for (const o of [...rated, ...alsoVectorsOf]) {
    const vector = toTechnologyVector(index, o.technologies);
    if (vector.terms.length > 0) index.byCode.set(o.code, vector);
  }
  return index;
}

/**
 * The unit vector of a list of technologies under the index's IDF (examples the index does not
 * know, or that every occupation lists, carry no weight); EMPTY_TECHNOLOGY when nothing is left.
 */
export function toTechnologyVector(
  index: Pick<TechnologyIndex, 'idf' | 'termOf'>,
  technologies: readonly Pick<Technology, 'name' | 'commodityTitle'>[],
): TechnologyVector {
  const known = new Set<number>();
  for (const key of termKeys(technologies)) {
    const term = index.termOf.get(key);
    if (term !== undefined && index.idf[term]! > 0) known.add(term);
  }
  const terms = Int32Array.from(known).sort();
  const weights = Float64Array.from(terms, (t) => index.idf[t]!);
  let normSq = 0;
  for (let i = 0; i < weights.length; i++) normSq += weights[i]! * weights[i]!;
  if (normSq === 0) return EMPTY_TECHNOLOGY;
  const norm = Math.sqrt(normSq);
  for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! / norm;
  return { terms, weights };
}

/** IDF-weighted cosine of two technology vectors: Σ over shared terms (ascending) of aₜ·bₜ. */
export function technologySimilarity(a: TechnologyVector, b: TechnologyVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const at = a.terms;
  const bt = b.terms;
  while (i < at.length && j < bt.length) {
    const x = at[i]!;
    const y = bt[j]!;
    if (x === y) s += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}
