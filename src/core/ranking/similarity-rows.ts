import { SKILLS } from '../domain/index.js';
import { cosine, type CareerProfile, type UserContext } from '../features/index.js';
import type { CareerColumns } from './career-columns.js';
import { addColumnTerms, createColumnTerms, pushTerm } from './column-terms.js';
import { cachedRows, type RowCache } from './row-cache.js';

/**
 * For every career, the three "like the job you came from" features: cosine of the inferred
 * skill emphasis, ability and work-style z-scores with the career's (0 where undefined).
 */
export interface SimilarityRows {
  readonly skill: Float64Array;
  readonly ability: Float64Array;
  readonly workStyle: Float64Array;
}

const cache: RowCache<SimilarityRows> = new WeakMap();

/** The career of the occupation the profile was inferred from, when it is in the array. */
export function sourceCareer(
  cols: CareerColumns,
  careers: readonly CareerProfile[],
  user: UserContext,
): CareerProfile | undefined {
  const code = user.profile.inferred?.code;
  const index = code === undefined ? undefined : cols.indexByCode.get(code);
  return index === undefined ? undefined : careers[index];
}

/** Whether two arrays hold the same numbers. */
export function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The similarity rows of a profile inferred from an occupation, or null when it was not. When
 * the inferred z-scores are exactly those of a career in the array (a profile built from the
 * catalog), the rows depend on that career alone and are kept for later requests.
 */
export function inferredSimilarityRows(
  cols: CareerColumns,
  careers: readonly CareerProfile[],
  user: UserContext,
): SimilarityRows | null {
  if (user.inferredSkillZ.length === 0) return null;
  const source = sourceCareer(cols, careers, user);
  const own =
    source !== undefined &&
    sameValues(user.inferredSkillZ, source.emphasis.subarray(0, SKILLS.length)) &&
    sameValues(user.inferredAbilityZ, source.abilityZ) &&
    sameValues(user.inferredWorkStyleZ, source.workStyleZ);
  const make = () => toSimilarityRows(cols, careers, user);
  return own ? cachedRows(cache, cols, source.code, make) : make();
}

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

const EMPTY = new Float64Array(0);

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
