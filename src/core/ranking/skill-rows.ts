import { SKILLS, blankProfile } from '../domain/index.js';
import {
  toUserContext,
  type CareerProfile,
  type PopulationStats,
  type UserContext,
} from '../features/index.js';
import type { CareerColumns } from './career-columns.js';
import { addColumnTerms, createColumnTerms, pushTerm, type ColumnTerms } from './column-terms.js';
import type { FoldedWeights } from './folded-weights.js';
import { cachedRows, replaceRows, type RowCache } from './row-cache.js';
import {
  addShortfallColumn,
  addShortfallSums,
  toShortfallSums,
  type ShortfallSums,
} from './shortfall-logits.js';
import { sourceCareer } from './similarity-rows.js';

/** At most this many skill levels may differ from the occupation's for its rows to be used. */
export const MAX_CHANGED_SKILLS = 12;

/**
 * Per-career sums of the skill features for a person with exactly one occupation's 35 skill
 * levels (as inferred from a current job): a person whose levels differ in a few skills gets
 * theirs from these plus one column per changed skill. With v the occupation's levels and s, u,
 * a its strengths, vector part and centred levels under `population`:
 */
export interface SkillRows {
  readonly population: PopulationStats;
  readonly levels: Float64Array;
  readonly strength: Float64Array;
  readonly vector: Float64Array;
  /** Σₖ sₖ·eₖ (skill alignment before dividing by Σ |sₖ|). */
  readonly alignment: Float64Array;
  /** Σₖ uₖ·ĉₖ (the skills' part of the profile cosine before dividing by |u|). */
  readonly profileDot: Float64Array;
  /**
   * Σₖ aₖ·l̂ₖ over the career's unit centred levels l̂ (level correlation). A person's centred
   * levels differ from a by the changed levels and a shift of the mean, and Σₖ l̂ₖ = 0, so the
   * shift drops out.
   */
  readonly levelDot: Float64Array;
  /** Importance-weighted shortfall and surplus sums and Σ importance. */
  readonly shortfall: ShortfallSums;
  /** Top-skill coverage: every skill stated. */
  readonly topSkillCoverage: Float64Array;
  /** Per model: Σₖ fitₖ·sₖ·eₖ (the skills' part of the fit block), made on first use. */
  readonly fit: WeakMap<FoldedWeights, Float64Array>;
}

const cache: RowCache<SkillRows> = new WeakMap();

/** The skills' indices, 0 … 34. */
const ALL_SKILLS: readonly number[] = SKILLS.map((_, k) => k);

/**
 * The skill rows of the occupation the profile was inferred from, when every level is known and
 * at most MAX_CHANGED_SKILLS differ from that occupation's; null otherwise (the skill features
 * are then computed column by column). Rows are kept per occupation for later requests.
 */
export function inferredSkillRows(
  cols: CareerColumns,
  careers: readonly CareerProfile[],
  user: UserContext,
): SkillRows | null {
  if (user.knownIndices.length !== SKILLS.length) return null;
  const source = sourceCareer(cols, careers, user);
  if (source === undefined) return null;
  const make = () => toSkillRows(cols, source, user.population);
  let rows = cachedRows(cache, cols, source.code, make);
  if (rows.population !== user.population) {
    rows = make();
    replaceRows(cache, cols, source.code, rows);
  }
  return changedSkills(user, rows).length <= MAX_CHANGED_SKILLS ? rows : null;
}

/** Skills whose level differs from the rows' occupation. */
function changedSkills(user: UserContext, rows: SkillRows): number[] {
  const changed: number[] = [];
  for (let k = 0; k < SKILLS.length; k++)
    if (user.knownLevels[k] !== rows.levels[k]) changed.push(k);
  return changed;
}

/** Σₖ weight(k) · column(offset + k) over the skills, as a new row. */
function rowOf(cols: CareerColumns, offset: number, weight: (k: number) => number) {
  const terms = createColumnTerms(cols);
  for (let k = 0; k < SKILLS.length; k++) pushTerm(terms, offset + k, weight(k));
  const row = new Float64Array(cols.count);
  addColumnTerms(row, cols, terms);
  return row;
}

function toSkillRows(
  cols: CareerColumns,
  source: CareerProfile,
  population: PopulationStats,
): SkillRows {
  const profile = blankProfile({
    skillLevels: Array.from(source.skillLevels),
    skillSources: SKILLS.map(() => 'inferred'),
  });
  const own = toUserContext(profile, population);
  return {
    population,
    levels: own.knownLevels,
    strength: own.strength.slice(0, SKILLS.length),
    vector: own.vector.slice(0, SKILLS.length),
    alignment: rowOf(cols, cols.emphasis, (k) => own.strength[k]!),
    profileDot: rowOf(cols, cols.unitVector, (k) => own.vector[k]!),
    levelDot: rowOf(cols, cols.unitLevel, (k) => own.knownCentred[k]!),
    shortfall: toShortfallSums(cols, ALL_SKILLS, own.knownLevels),
    topSkillCoverage: rowOf(cols, cols.topSkill, () => 1),
    fit: new WeakMap(),
  };
}

/** The scalars the person's skill features are the rows times. */
function scales(user: UserContext, fw: FoldedWeights) {
  const w = fw.context;
  const unit = (weight: number, normSq: number) => (normSq === 0 ? 0 : weight / Math.sqrt(normSq));
  return {
    alignment: user.strengthAbsSum === 0 ? 0 : w.skillAlignment / user.strengthAbsSum,
    cosine: unit(w.profileCosine, user.vectorNormSq),
    level: unit(w.skillLevelCorrelation, user.knownSumSq),
  };
}

/**
 * Pushes, for each skill whose level differs from the rows' occupation, the column terms that
 * correct the fit, alignment, profile cosine and level correlation rows (all linear in the
 * person's strengths, vector and levels).
 */
export function pushSkillRowTerms(
  terms: ColumnTerms,
  cols: CareerColumns,
  rows: SkillRows,
  user: UserContext,
  fw: FoldedWeights,
): void {
  const k = scales(user, fw);
  for (const i of changedSkills(user, rows)) {
    const fit = fw.fit[i]! + k.alignment;
    pushTerm(terms, cols.emphasis + i, fit * (user.strength[i]! - rows.strength[i]!));
    pushTerm(terms, cols.unitVector + i, k.cosine * (user.vector[i]! - rows.vector[i]!));
    pushTerm(terms, cols.unitLevel + i, k.level * (user.knownLevels[i]! - rows.levels[i]!));
  }
}

/**
 * Adds the skill features' part of the logit from the rows: the skills' fit, Σ (s·e) / Σ |s|,
 * Σ (u·ĉ) / |u|, Σ (a·l̂) / |a|, coverage, and the shortfall and surplus with the changed skills'
 * parts swapped for the person's (the column terms of pushSkillRowTerms complete the first four).
 */
export function addSkillRowLogits(
  z: Float64Array,
  cols: CareerColumns,
  rows: SkillRows,
  user: UserContext,
  fw: FoldedWeights,
): void {
  const w = fw.context;
  const k = scales(user, fw);
  let fit = rows.fit.get(fw);
  if (!fit)
    rows.fit.set(fw, (fit = rowOf(cols, cols.emphasis, (i) => fw.fit[i]! * rows.strength[i]!)));
  addRow(z, fit, 1);
  addRow(z, rows.alignment, k.alignment);
  addRow(z, rows.profileDot, k.cosine);
  addRow(z, rows.levelDot, k.level);
  addRow(z, rows.topSkillCoverage, w.topSkillCoverage);
  if (w.skillShortfall === 0 && w.skillSurplus === 0) return;
  const changed = changedSkills(user, rows);
  if (changed.length === 0) {
    addShortfallSums(z, rows.shortfall, w.skillShortfall, w.skillSurplus);
    return;
  }
  const shortfall = rows.shortfall.shortfall.slice();
  const surplus = rows.shortfall.surplus.slice();
  for (const i of changed) {
    addShortfallColumn(cols, shortfall, surplus, null, i, rows.levels[i]!, -1);
    addShortfallColumn(cols, shortfall, surplus, null, i, user.knownLevels[i]!, 1);
  }
  const sums = { shortfall, surplus, weight: rows.shortfall.weight };
  addShortfallSums(z, sums, w.skillShortfall, w.skillSurplus);
}

/** z += weight · row. */
function addRow(z: Float64Array, row: Float64Array, weight: number): void {
  if (weight === 0) return;
  for (let c = 0; c < row.length; c++) z[c] = z[c]! + weight * row[c]!;
}
