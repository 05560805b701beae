import type { Occupation } from '../domain/index.js';
import { toTechnologyIndex, type TechnologyIndex } from './technology-index.js';
import { INTEREST_OFFSET, PROFILE_DIMENSIONS, VALUE_OFFSET } from './vector-layout.js';

/**
 * Means and standard deviations over every rateable occupation, per profile dimension: skill
 * importance (IM) and level (LV), RIASEC (OI) and work values (EX), the last two rescaled to
 * 0–1 as in the profile vectors. They turn "Writing matters here" into "Writing matters here
 * more than in most jobs", which is what tells occupations apart.
 */
export interface PopulationStats {
  /** Per dimension: skill importance for skills, (OI − 1) / 6 and (EX − 1) / 6 for the rest. */
  readonly emphasisMean: Float64Array;
  readonly emphasisSd: Float64Array;
  /** Per skill: mean and sd of the LV level. */
  readonly levelMean: Float64Array;
  readonly levelSd: Float64Array;
  /** Per ability (catalog order): mean and sd of importance. */
  readonly abilityMean: Float64Array;
  readonly abilitySd: Float64Array;
  /** Per work style (catalog order): mean and sd of impact. */
  readonly workStyleMean: Float64Array;
  readonly workStyleSd: Float64Array;
  /** Technology Skills examples: vocabulary, IDF over these occupations, unit vectors by code. */
  readonly technology: TechnologyIndex;
}

function columnStats(rows: readonly (readonly number[])[]): [Float64Array, Float64Array] {
  const width = rows[0]?.length ?? 0;
  const mean = new Float64Array(width);
  const sd = new Float64Array(width).fill(1);
  for (let j = 0; j < width; j++) [mean[j], sd[j]] = meanSd(rows.map((r) => r[j] ?? 0));
  return [mean, sd];
}

/** Mean and population sd (1 for constant columns). */
export function meanSd(values: number[]): [number, number] {
  const n = values.length;
  if (n === 0) return [0, 1];
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, b) => a + (b - mean) * (b - mean), 0) / n;
  return [mean, variance > 1e-12 ? Math.sqrt(variance) : 1];
}

/**
 * Computes the population statistics of the rateable occupations O*NET rated itself (estimated
 * profiles are scored against this population but do not shape it).
 */
export function toPopulationStats(occupations: readonly Occupation[]): PopulationStats {
  const rated = occupations.filter(
    (o) => o.rateable && o.skills !== null && o.profileEstimate === undefined,
  );
  const emphasisMean = new Float64Array(PROFILE_DIMENSIONS);
  const emphasisSd = new Float64Array(PROFILE_DIMENSIONS).fill(1);
  const levelMean = new Float64Array(INTEREST_OFFSET);
  const levelSd = new Float64Array(INTEREST_OFFSET).fill(1);
  for (let k = 0; k < INTEREST_OFFSET; k++) {
    [emphasisMean[k], emphasisSd[k]] = meanSd(rated.map((o) => o.skills![k]!.importance));
    [levelMean[k], levelSd[k]] = meanSd(rated.map((o) => o.skills![k]!.level));
  }
  for (let i = 0; i < 6; i++) {
    [emphasisMean[INTEREST_OFFSET + i], emphasisSd[INTEREST_OFFSET + i]] = meanSd(
      rated.flatMap((o) => (o.interests ? [((o.interests.scores[i] ?? 1) - 1) / 6] : [])),
    );
    [emphasisMean[VALUE_OFFSET + i], emphasisSd[VALUE_OFFSET + i]] = meanSd(
      rated.flatMap((o) => (o.workValues ? [((o.workValues.scores[i] ?? 1) - 1) / 6] : [])),
    );
  }
  const [abilityMean, abilitySd] = columnStats(
    rated.flatMap((o) => (o.abilities ? [o.abilities.map((r) => r.importance)] : [])),
  );
  const [workStyleMean, workStyleSd] = columnStats(
    rated.flatMap((o) => (o.workStyles ? [o.workStyles.impact] : [])),
  );
  return {
    emphasisMean,
    emphasisSd,
    levelMean,
    levelSd,
    abilityMean,
    abilitySd,
    workStyleMean,
    workStyleSd,
    technology: toTechnologyIndex(
      rated,
      occupations.filter((o) => o.rateable && o.profileEstimate !== undefined),
    ),
  };
}
