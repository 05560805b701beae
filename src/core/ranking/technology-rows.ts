import type { TechnologyVector, UserContext } from '../features/index.js';
import type { CareerColumns } from './career-columns.js';
import { cachedRows, replaceRows, type RowCache } from './row-cache.js';

/** A technology-similarity row and the vector it was made for (a hit must be that very vector). */
interface TechnologyRow {
  readonly vector: TechnologyVector;
  readonly row: Float64Array;
}

const cache: RowCache<TechnologyRow> = new WeakMap();

/**
 * For every career, the technology similarity with the occupation the profile was inferred
 * from (technologySimilarity, same sums in the same order), or null when the person has no
 * technologies. The person's vector is the population index's vector of that occupation, so the
 * row depends on it alone and is kept per occupation for later requests.
 */
export function technologyRow(cols: CareerColumns, user: UserContext): Float64Array | null {
  const vector = user.inferredTechnology;
  const code = user.profile.inferred?.code;
  if (vector.terms.length === 0 || code === undefined) return null;
  const make = () => ({ vector, row: toTechnologyRow(cols, vector) });
  const hit = cachedRows(cache, cols, code, make);
  if (hit.vector === vector) return hit.row;
  const fresh = make();
  replaceRows(cache, cols, code, fresh);
  return fresh.row;
}

/**
 * Σ over each career's terms (ascending) of its weight × the person's weight for the term: the
 * person's vector is spread over the vocabulary once, then every career is one short gather.
 */
function toTechnologyRow(cols: CareerColumns, vector: TechnologyVector): Float64Array {
  const { offsets, terms, weights, vocabulary } = cols.technology;
  const dense = new Float64Array(vocabulary);
  for (let i = 0; i < vector.terms.length; i++) {
    const t = vector.terms[i]!;
    if (t < vocabulary) dense[t] = vector.weights[i]!;
  }
  const row = new Float64Array(cols.count);
  for (let c = 0; c < cols.count; c++) {
    let s = 0;
    for (let p = offsets[c]!, end = offsets[c + 1]!; p < end; p++) {
      const u = dense[terms[p]!]!;
      if (u !== 0) s += weights[p]! * u;
    }
    row[c] = s;
  }
  return row;
}
