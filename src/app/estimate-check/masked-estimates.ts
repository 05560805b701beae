import type { ElementRating, Occupation } from '../../core/domain/index.js';
import {
  estimateProfile,
  isOnetRated,
  type DonorSimilarity,
  type EstimatedFields,
} from '../../core/estimate/index.js';
import type { EstimateVariant } from './estimate-variants.js';
import { toAgreement, type Agreement } from './profile-agreement.js';

/** The dimensions on which estimates are compared with O*NET's ratings. */
export const COMPARED = [
  'skillLevel',
  'skillImportance',
  'workValues',
  'abilityImportance',
] as const;

/** One of {@link COMPARED}. */
export type ComparedDimension = (typeof COMPARED)[number];

type Vectors = Readonly<Record<ComparedDimension, readonly number[] | null>>;

const ratingsOf = (r: readonly ElementRating[] | null, key: 'level' | 'importance') =>
  r ? r.map((x) => x[key]) : null;

function vectorsOf(o: Pick<Occupation, 'skills' | 'abilities' | 'workValues'>): Vectors {
  return {
    skillLevel: ratingsOf(o.skills, 'level'),
    skillImportance: ratingsOf(o.skills, 'importance'),
    workValues: o.workValues?.scores ?? null,
    abilityImportance: ratingsOf(o.abilities, 'importance'),
  };
}

function meanOf(rows: readonly (readonly number[])[]): number[] {
  const width = rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, k) => rows.reduce((s, r) => s + r[k]!, 0) / rows.length);
}

/**
 * The mean of every rated occupation's ratings (the no-signal estimate; the target's own 1/894
 * share is kept so that its deviation from the mean is 0, not a mirror image of the truth's).
 */
function populationMeanEstimate(
  occupations: readonly Occupation[],
  rated: readonly boolean[],
): EstimatedFields {
  const others = occupations.filter((_, j) => rated[j]);
  const meanRatings = (pick: (o: Occupation) => readonly ElementRating[] | null) => {
    const lists = others.flatMap((o) => (pick(o) ? [pick(o)!] : []));
    const importance = meanOf(lists.map((l) => l.map((r) => r.importance)));
    const level = meanOf(lists.map((l) => l.map((r) => r.level)));
    return importance.map((im, k) => ({
      importance: im,
      level: level[k]!,
      suppressed: false,
      notRelevant: false,
    }));
  };
  const values = others.flatMap((o) => (o.workValues ? [o.workValues.scores] : []));
  return {
    skills: meanRatings((o) => o.skills),
    knowledge: meanRatings((o) => o.knowledge),
    abilities: meanRatings((o) => o.abilities),
    workValues: { scores: meanOf(values), highPoints: [] },
    from: [],
  };
}

/** Every O*NET-rated occupation's profile estimated with its own ratings hidden. */
export interface MaskedEstimates {
  readonly variant: EstimateVariant;
  /** Estimates by catalog index; null for occupations O*NET did not rate. */
  readonly estimates: readonly (EstimatedFields | null)[];
  readonly agreement: Readonly<Record<ComparedDimension, Agreement>>;
}

/**
 * Masks each O*NET-rated occupation in turn (its skills, knowledge, abilities and work values
 * hidden), estimates them from the other rated occupations exactly as an unrated occupation is
 * estimated, and compares the estimate with O*NET's ratings.
 */
export function toMaskedEstimates(
  occupations: readonly Occupation[],
  similarity: DonorSimilarity,
  variant: EstimateVariant,
): MaskedEstimates {
  const rated = occupations.map(isOnetRated);
  const estimates = occupations.map((_, i) => {
    if (!rated[i]) return null;
    return variant.options
      ? estimateProfile(occupations, similarity, i, (j) => rated[j]!, variant.options)
      : populationMeanEstimate(occupations, rated);
  });
  const truths = occupations.map((o, i) => (rated[i] ? vectorsOf(o) : null));
  const agreement = Object.fromEntries(
    COMPARED.map((dim) => {
      const pairs = estimates.flatMap((e, i) => {
        const truth = truths[i]?.[dim];
        const estimate = e ? vectorsOf(e)[dim] : null;
        return truth && estimate ? [{ estimate, truth }] : [];
      });
      const mean = meanOf(truths.flatMap((t) => (t?.[dim] ? [t[dim]!] : [])));
      return [dim, toAgreement(pairs, mean)];
    }),
  ) as Record<ComparedDimension, Agreement>;
  return { variant, estimates, agreement };
}

/**
 * The catalog's occupations with every O*NET-rated profile replaced by its masked estimate (left
 * unmarked, so the rated population and the benchmark treat the estimates as ratings).
 */
export function toMaskedOccupations(
  occupations: readonly Occupation[],
  masked: MaskedEstimates,
): Occupation[] {
  return occupations.map((o, i) => {
    const e = masked.estimates[i];
    if (!e) return o;
    return {
      ...o,
      skills: e.skills,
      knowledge: e.knowledge,
      abilities: e.abilities,
      workValues: e.workValues,
    };
  });
}
