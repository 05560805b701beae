import { SKILLS } from '../domain/index.js';
import {
  CONTEXT_FEATURES,
  MIN_LEVELS_FOR_CORRELATION,
  featureApplies,
  PROFILE_DIMENSIONS,
  type ContextRole,
  skillLevelCorrelation,
  type CareerProfile,
  type UserContext,
} from '../features/index.js';
import type { CareerColumns } from './career-columns.js';
import { addColumnTerms, createColumnTerms, pushTerm, type ColumnTerms } from './column-terms.js';
import type { FoldedWeights } from './folded-weights.js';
import { addShortfallLogits } from './shortfall-logits.js';
import { inferredSimilarityRows } from './similarity-rows.js';
import { addSkillRowLogits, inferredSkillRows, pushSkillRowTerms } from './skill-rows.js';
import { technologyRow } from './technology-rows.js';

/** The context features this file's kernels compute (those whose record says `kernel`). */
export const KERNEL_ROLES: ReadonlySet<ContextRole> = new Set<ContextRole>([
  'salaryFit',
  'jobZoneStepUp',
  'jobZoneStepDown',
  'interestFirstMatch',
  'interestCodeOverlap',
  'topSkillCoverage',
  'valueTopMatch',
  'skillShortfall',
  'skillSurplus',
  'skillAlignment',
  'skillLevelCorrelation',
  'interestCorrelation',
  'valueCorrelation',
  'profileCosine',
  'jobZoneDistance',
  'skillEmphasisSimilarity',
  'abilitySimilarity',
  'workStyleSimilarity',
  'technologySimilarity',
]);

/** Context features split into per-career columns and per-person weights (see FastPath). */
const COLUMN_FEATURES = CONTEXT_FEATURES.flatMap((f) =>
  f.fast.kind === 'columns' ? [{ role: f.role, user: f.fast.user, width: f.fast.width }] : [],
);
/** Context features without a split: evaluated career by career from their records. */
const PER_PAIR_FEATURES = CONTEXT_FEATURES.filter((f) => f.fast.kind === 'per-pair');

/**
 * Adds to z[c] the part of the logit that depends on both the person and career c: the fit
 * block and the pair context features. Every feature that is a fixed per-career vector dotted
 * with a per-person vector (cosines and correlations from precomputed norms and centred vectors,
 * the skill alignment, one-hot matches, top-skill coverage, Job Zone steps) becomes a term
 * (column, weight) for each of the person's non-zero entries, and all terms are added in a few
 * passes over the careers; the rest (salary fit, shortfall/surplus, a partial level correlation,
 * the inferred-job similarities and technology similarity) is added feature by feature. Features whose record declares a column split get their terms generically; those
 * without one are evaluated pair by pair from their records. The sum equals Σ foldedⱼ·xⱼ over those features of buildPairFeatures, up to rounding.
 */
export function addPairLogits(
  z: Float64Array,
  careers: readonly CareerProfile[],
  cols: CareerColumns,
  user: UserContext,
  fw: FoldedWeights,
): void {
  const w = fw.context;
  // A profile taken from an occupation (a few levels changed at most): its skill features come
  // from that occupation's cached rows, corrected for the changed skills.
  const skillRows = inferredSkillRows(cols, careers, user);
  const terms = createColumnTerms(cols);
  const input: TermInput = { terms, cols, user, fw, skills: skillRows === null };
  pushFitTerms(input);
  pushSimilarityTerms(input);
  pushMatchTerms(input);
  if (skillRows) pushSkillRowTerms(terms, cols, skillRows, user, fw);
  for (const f of COLUMN_FEATURES) {
    const weight = w[f.role];
    const offset = cols.featureColumns.get(f.role)!;
    if (weight !== 0)
      for (let i = 0; i < f.width; i++) pushTerm(terms, offset + i, weight * f.user(user, i));
  }
  addColumnTerms(z, cols, terms);

  if (skillRows) addSkillRowLogits(z, cols, skillRows, user, fw);
  else {
    if (user.knownIndices.length >= MIN_LEVELS_FOR_CORRELATION && !hasAllLevels(user)) {
      for (let c = 0; c < careers.length; c++)
        z[c] = z[c]! + w.skillLevelCorrelation * skillLevelCorrelation(user, careers[c]!);
    }
    addShortfallLogits(z, cols, user, w.skillShortfall, w.skillSurplus);
  }
  const rows = inferredSimilarityRows(cols, careers, user);
  if (rows) {
    addRow(z, rows.skill, w.skillEmphasisSimilarity);
    addRow(z, rows.ability, w.abilitySimilarity);
    addRow(z, rows.workStyle, w.workStyleSimilarity);
  }
  if (w.technologySimilarity !== 0) {
    const tech = technologyRow(cols, user);
    if (tech) addRow(z, tech, w.technologySimilarity);
  }
  addSalaryFit(z, cols, user, w.salaryFit);
  // A feature that does not apply to the person is a placeholder 0 for every career: nothing to add.
  for (const f of PER_PAIR_FEATURES) {
    const weight = w[f.role];
    if (weight !== 0 && featureApplies(f, user))
      for (let c = 0; c < careers.length; c++) z[c] = z[c]! + weight * f.value(user, careers[c]!);
  }
}

/**
 * What the term pushers read: the term list, the columns, the person, the model, and whether the
 * skill dimensions are theirs to push (false: the cached skill rows cover them).
 */
interface TermInput {
  readonly terms: ColumnTerms;
  readonly cols: CareerColumns;
  readonly user: UserContext;
  readonly fw: FoldedWeights;
  readonly skills: boolean;
}

const hasAllLevels = (user: UserContext) => user.knownIndices.length === SKILLS.length;

const perUnitNorm = (weight: number, normSq: number) =>
  normSq === 0 ? 0 : weight / Math.sqrt(normSq);

/**
 * Fit block (strength × emphasis) plus the skill alignment Σ sₖ·eₖ / Σ |sₖ|; without `skills`
 * only the interest and value dimensions (the skills come from the cached skill rows).
 */
function pushFitTerms({ terms, cols, user, fw, skills }: TermInput) {
  const den = user.strengthAbsSum;
  const align = den === 0 ? 0 : fw.context.skillAlignment / den;
  for (let i = skills ? 0 : SKILLS.length; i < PROFILE_DIMENSIONS; i++) {
    const s = user.strength[i]!;
    if (s !== 0)
      pushTerm(terms, cols.emphasis + i, (fw.fit[i]! + (i < SKILLS.length ? align : 0)) * s);
  }
}

/**
 * Profile cosine, interest and value correlations and (every level known) the level
 * correlation: each is Σᵢ (person's vector / its norm)ᵢ · (career's unit column)ᵢ. Without
 * `skills`, the skill dimensions are left to the cached skill rows.
 */
function pushSimilarityTerms({ terms, cols, user, fw, skills }: TermInput) {
  const w = fw.context;
  const cos = perUnitNorm(w.profileCosine, user.vectorNormSq);
  for (const i of user.vectorNonZero)
    if (skills || i >= SKILLS.length) pushTerm(terms, cols.unitVector + i, cos * user.vector[i]!);
  if (user.profile.interests) {
    const k = perUnitNorm(w.interestCorrelation, user.interestSumSq);
    for (let i = 0; i < 6; i++)
      pushTerm(terms, cols.unitInterest + i, k * user.interestCentred[i]!);
  }
  if (user.profile.values) {
    const k = perUnitNorm(w.valueCorrelation, user.valueSumSq);
    for (let i = 0; i < 6; i++) pushTerm(terms, cols.unitValue + i, k * user.valueCentred[i]!);
  }
  if (skills && hasAllLevels(user)) {
    const k = perUnitNorm(w.skillLevelCorrelation, user.knownSumSq);
    for (let i = 0; i < SKILLS.length; i++)
      pushTerm(terms, cols.unitLevel + i, k * user.knownCentred[i]!);
  }
}

/** Top-skill coverage (with `skills`), interest-code matches, top value, Job Zone steps. */
function pushMatchTerms({ terms, cols, user, fw, skills }: TermInput) {
  const w = fw.context;
  for (let k = 0; k < SKILLS.length; k++)
    if (skills && user.stated[k] === 1) pushTerm(terms, cols.topSkill + k, w.topSkillCoverage);
  const first = user.topInterestIndices[0];
  if (first !== undefined) pushTerm(terms, cols.firstHighPoint + first, w.interestFirstMatch);
  // A letter named twice counts twice, as in the plain definition.
  for (const i of user.topInterestIndices)
    pushTerm(terms, cols.highPointShare + i, w.interestCodeOverlap);
  if (user.topValue >= 0) pushTerm(terms, cols.topValue + user.topValue, w.valueTopMatch);
  const ref = user.referenceJobZone;
  if (ref === null) return;
  cols.jobZones.forEach((zone, i) => {
    const delta = zone - ref;
    pushTerm(
      terms,
      cols.jobZone + i,
      (w.jobZoneStepUp * Math.max(0, delta)) / 4 +
        (w.jobZoneStepDown * Math.max(0, -delta)) / 4 +
        (w.jobZoneDistance * Math.abs(delta)) / 4,
    );
  });
}

/** z += weight · row (an empty row adds nothing). */
function addRow(z: Float64Array, row: Float64Array, weight: number): void {
  if (weight === 0 || row.length === 0) return;
  for (let c = 0; c < row.length; c++) z[c] = z[c]! + weight * row[c]!;
}

/** Salary fit: log₂(median / floor) clipped to [−1, 1], from each career's log₂ median. */
function addSalaryFit(z: Float64Array, cols: CareerColumns, user: UserContext, weight: number) {
  const floor = user.minSalaryUsd;
  if (floor === null || floor <= 0 || weight === 0) return;
  const log2Floor = Math.log2(floor);
  for (let c = 0; c < cols.count; c++) {
    const fit = cols.log2Wage[c]! - log2Floor;
    if (fit === fit) z[c] = z[c]! + weight * (fit < -1 ? -1 : fit > 1 ? 1 : fit);
  }
}
