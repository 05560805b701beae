import { SKILLS } from '../domain/index.js';
import { cosine, type CareerProfile, type UserContext } from '../features/index.js';
import type { CareerColumns } from './career-columns.js';
import { addColumnTerms, createColumnTerms, pushTerm } from './column-terms.js';

/**
 * For every career, the three "like the job you came from" features: cosine of the inferred
 * skill emphasis, ability and work-style z-scores with the career's (0 where undefined).
 */
export interface SimilarityRows {
  readonly skill: Float64Array;
  readonly ability: Float64Array;
  readonly workStyle: Float64Array;
}

/** How many source occupations' rows are kept per careers array (about 21 KB each). */
const MAX_CACHED_ROWS = 128;

const cache = new WeakMap<CareerColumns, Map<string, SimilarityRows>>();

const EMPTY = new Float64Array(0);

/**
 * The similarity rows of a profile inferred from an occupation, or null when it was not. When
 * the inferred z-scores are exactly those of a career in the array (a profile built from the
 * catalog), the rows depend on that career alone and are kept for the next request.
 */
export function inferredSimilarityRows(
  cols: CareerColumns,
  careers: readonly CareerProfile[],
  user: UserContext,
): SimilarityRows | null {
  if (user.inferredSkillZ.length === 0) return null;
  const code = user.profile.inferred?.code;
  const index = code === undefined ? undefined : cols.indexByCode.get(code);
  const source = index === undefined ? undefined : careers[index];
  if (!source || !isProfileOf(user, source)) return toSimilarityRows(cols, careers, user);
  let rows = cache.get(cols);
  if (!rows) cache.set(cols, (rows = new Map()));
  let row = rows.get(source.code);
  if (!row) {
    row = toSimilarityRows(cols, careers, user);
    if (rows.size >= MAX_CACHED_ROWS) rows.delete(rows.keys().next().value!);
    rows.set(source.code, row);
  }
  return row;
}

/** True when the person's inferred z-scores are exactly the career's own. */
function isProfileOf(user: UserContext, career: CareerProfile): boolean {
  const same = (a: Float64Array, b: Float64Array) =>
    a.length === b.length && a.every((x, i) => x === b[i]);
  return (
    same(user.inferredSkillZ, career.emphasis.subarray(0, SKILLS.length)) &&
    same(user.inferredAbilityZ, career.abilityZ) &&
    same(user.inferredWorkStyleZ, career.workStyleZ)
  );
}

/** Computes the rows: unit z-vector of the person dotted with the careers' unit columns. */
function toSimilarityRows(
  cols: CareerColumns,
  careers: readonly CareerProfile[],
  user: UserContext,
): SimilarityRows {
  return {
    skill: similarityRow(cols, careers, user.inferredSkillZ, user.inferredSkillNormSq, {
      offset: cols.unitSkillEmphasis,
      width: SKILLS.length,
      of: (c) => c.emphasis.subarray(0, SKILLS.length),
    }),
    ability: similarityRow(cols, careers, user.inferredAbilityZ, user.inferredAbilityNormSq, {
      offset: cols.unitAbility,
      width: cols.abilityWidth,
      of: (c) => c.abilityZ,
    }),
    workStyle: similarityRow(cols, careers, user.inferredWorkStyleZ, user.inferredWorkStyleNormSq, {
      offset: cols.unitWorkStyle,
      width: cols.workStyleWidth,
      of: (c) => c.workStyleZ,
    }),
  };
}

/** One block of unit columns and how to read the same z-scores off a career. */
interface UnitBlock {
  readonly offset: number;
  readonly width: number;
  readonly of: (career: CareerProfile) => Float64Array;
}

function similarityRow(
  cols: CareerColumns,
  careers: readonly CareerProfile[],
  z: Float64Array,
  normSq: number,
  block: UnitBlock,
): Float64Array {
  if (z.length === 0 || normSq === 0) return EMPTY;
  const row = new Float64Array(cols.count);
  if (z.length === block.width) {
    const terms = createColumnTerms(cols);
    const k = 1 / Math.sqrt(normSq);
    for (let i = 0; i < block.width; i++) pushTerm(terms, block.offset + i, k * z[i]!);
    addColumnTerms(row, cols, terms);
  } else {
    // A width no column block has (not in O*NET data): compare career by career.
    careers.forEach((c, i) => {
      const other = block.of(c);
      row[i] = other.length === z.length ? cosine(z, other) : 0;
    });
  }
  return row;
}
