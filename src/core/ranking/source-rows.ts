import { SKILLS } from '../domain/index.js';
import { cosine, type CareerProfile, type UserContext } from '../features/index.js';
import type { CareerColumns } from './career-columns.js';
import { addColumnTerms, createColumnTerms, pushTerm } from './column-terms.js';
import { addShortfallLogits } from './shortfall-logits.js';

/**
 * For every career, the three "like the job you came from" features: cosine of the inferred
 * skill emphasis, ability and work-style z-scores with the career's (0 where undefined).
 */
export interface SimilarityRows {
  readonly skill: Float64Array;
  readonly ability: Float64Array;
  readonly workStyle: Float64Array;
}

/**
 * For every career, the features that depend only on the person's skill levels, when every
 * level is known: skill alignment, Σ uₖ·ĉₖ over skills (the skills' part of the profile cosine
 * before dividing by |u|), level correlation, shortfall, surplus and top-skill coverage.
 */
export interface SkillRows {
  readonly alignment: Float64Array;
  readonly profileDot: Float64Array;
  readonly levelCorrelation: Float64Array;
  readonly shortfall: Float64Array;
  readonly surplus: Float64Array;
  readonly topSkillCoverage: Float64Array;
}

/** How many source occupations' rows are kept per careers array (least recently used go). */
const MAX_CACHED = 64;

const similarityCache = new WeakMap<CareerColumns, Map<string, SimilarityRows>>();
/** Skill rows and the strengths they were made from (strengths also depend on the population). */
interface SkillEntry {
  readonly strength: Float64Array;
  readonly rows: SkillRows;
}

const skillCache = new WeakMap<CareerColumns, Map<string, SkillEntry>>();

/** The cached value for `key`, made and kept on a miss; a hit becomes the most recent. */
function cached<T>(
  caches: WeakMap<CareerColumns, Map<string, T>>,
  cols: CareerColumns,
  key: string,
  make: () => T,
): T {
  let entries = caches.get(cols);
  if (!entries) caches.set(cols, (entries = new Map()));
  let value = entries.get(key);
  if (value === undefined) {
    value = make();
    if (entries.size >= MAX_CACHED) entries.delete(entries.keys().next().value!);
  } else entries.delete(key);
  entries.set(key, value);
  return value;
}

/** The career of the occupation the profile was inferred from, when it is in the array. */
function sourceOf(cols: CareerColumns, careers: readonly CareerProfile[], user: UserContext) {
  const code = user.profile.inferred?.code;
  const index = code === undefined ? undefined : cols.indexByCode.get(code);
  return index === undefined ? undefined : careers[index];
}

const same = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

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
  const source = sourceOf(cols, careers, user);
  const own =
    source !== undefined &&
    same(user.inferredSkillZ, source.emphasis.subarray(0, SKILLS.length)) &&
    same(user.inferredAbilityZ, source.abilityZ) &&
    same(user.inferredWorkStyleZ, source.workStyleZ);
  const make = () => toSimilarityRows(cols, careers, user);
  return own ? cached(similarityCache, cols, source.code, make) : make();
}

/**
 * The skill rows when the person's skills are exactly those of the occupation the profile was
 * inferred from (every level known and equal to the occupation's): then they depend on that
 * occupation alone and are kept for later requests. Null otherwise (scored column by column).
 */
export function inferredSkillRows(
  cols: CareerColumns,
  careers: readonly CareerProfile[],
  user: UserContext,
): SkillRows | null {
  if (user.knownIndices.length !== SKILLS.length) return null;
  const source = sourceOf(cols, careers, user);
  if (source === undefined || !same(user.knownLevels, source.skillLevels)) return null;
  const strength = user.strength.subarray(0, SKILLS.length);
  const make = () => ({ strength: strength.slice(), rows: toSkillRows(cols, user) });
  let entry = cached(skillCache, cols, source.code, make);
  if (!same(entry.strength, strength)) {
    entry = make();
    skillCache.get(cols)!.set(source.code, entry);
  }
  return entry.rows;
}

/** Σₜ weightₜ · column ₜ as a new row. */
function rowOf(cols: CareerColumns, offset: number, weights: (i: number) => number): Float64Array {
  const terms = createColumnTerms(cols);
  for (let i = 0; i < SKILLS.length; i++) pushTerm(terms, offset + i, weights(i));
  const row = new Float64Array(cols.count);
  addColumnTerms(row, cols, terms);
  return row;
}

function toSkillRows(cols: CareerColumns, user: UserContext): SkillRows {
  const unit = (normSq: number) => (normSq === 0 ? 0 : 1 / Math.sqrt(normSq));
  const align = user.strengthAbsSum === 0 ? 0 : 1 / user.strengthAbsSum;
  const level = unit(user.knownSumSq);
  const shortfall = new Float64Array(cols.count);
  const surplus = new Float64Array(cols.count);
  addShortfallLogits(shortfall, cols, user, 1, 0);
  addShortfallLogits(surplus, cols, user, 0, 1);
  return {
    alignment: rowOf(cols, cols.emphasis, (k) => align * user.strength[k]!),
    profileDot: rowOf(cols, cols.unitVector, (k) => user.vector[k]!),
    levelCorrelation: rowOf(cols, cols.unitLevel, (k) => level * user.knownCentred[k]!),
    shortfall,
    surplus,
    topSkillCoverage: rowOf(cols, cols.topSkill, (k) => user.stated[k]!),
  };
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
