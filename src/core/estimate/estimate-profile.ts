import {
  WORK_VALUES,
  type ElementRating,
  type EstimateDonor,
  type Occupation,
  type WorkValueProfile,
} from '../domain/index.js';
import type { DonorSimilarity, SignalWeights } from './donor-similarity.js';

/** How a profile is estimated: the signal weights, how many donors, how sharply they weigh. */
export interface EstimatorOptions {
  readonly weights: SignalWeights;
  /** Donors averaged per field (the best-scoring rated occupations that have the field). */
  readonly donors: number;
  /** A donor weighs score^power: higher values lean on the closest donors. */
  readonly power: number;
}

/**
 * The estimator's settings, chosen by masking (`careers eval estimate`, docs/EVALUATION.md):
 * related occupations and SOC siblings carry most of the weight, tasks and technology tell
 * apart the ones O*NET lists, interests and Job Zone keep the level of work right.
 */
export const DEFAULT_ESTIMATOR: EstimatorOptions = Object.freeze({
  weights: Object.freeze({
    related: 1,
    soc: 0.5,
    tasks: 1,
    technology: 0.5,
    interests: 0.5,
    jobZone: 0.25,
  }),
  donors: 10,
  power: 2,
});

/** The fields an estimate fills, each averaged over donors that have it. */
export interface EstimatedFields {
  readonly skills: ElementRating[] | null;
  readonly knowledge: ElementRating[] | null;
  readonly abilities: ElementRating[] | null;
  readonly workValues: WorkValueProfile | null;
  /** The heaviest skill donors, heaviest first (at most five). */
  readonly from: readonly EstimateDonor[];
}

type RatingField = 'skills' | 'knowledge' | 'abilities';

/** O*NET publishes ratings with two decimals; estimates keep the same precision. */
const round2 = (x: number) => Math.round(x * 100) / 100;

function averageRatings(
  donors: readonly { readonly ratings: readonly ElementRating[]; readonly w: number }[],
): ElementRating[] | null {
  const first = donors[0];
  if (!first) return null;
  const total = donors.reduce((s, d) => s + d.w, 0);
  return first.ratings.map((_, k) => {
    let importance = 0;
    let level = 0;
    let notRelevant = 0;
    for (const d of donors) {
      const r = d.ratings[k]!;
      importance += (d.w / total) * r.importance;
      level += (d.w / total) * r.level;
      if (r.notRelevant) notRelevant += d.w / total;
    }
    return {
      importance: round2(importance),
      level: round2(level),
      suppressed: false,
      notRelevant: notRelevant > 0.5,
    };
  });
}

function averageValues(
  donors: readonly { readonly scores: readonly number[]; readonly w: number }[],
): WorkValueProfile | null {
  if (donors.length === 0) return null;
  const total = donors.reduce((s, d) => s + d.w, 0);
  const scores = WORK_VALUES.map((_, k) =>
    round2(donors.reduce((s, d) => s + (d.w / total) * (d.scores[k] ?? 0), 0)),
  );
  const highPoints = scores
    .map((score, k) => ({ score, k }))
    .sort((a, b) => b.score - a.score || a.k - b.k)
    .slice(0, 3)
    .map(({ k }) => WORK_VALUES[k]!.name);
  return { scores, highPoints };
}

/**
 * Estimates the rated fields of `occupations[target]` as the weighted mean of its best donors:
 * the occupations `isDonor` accepts (never the target itself), ranked by their signal score.
 * Each field is averaged over the top `donors` that have it; weights are score^power.
 */
export function estimateProfile(
  occupations: readonly Occupation[],
  similarity: DonorSimilarity,
  target: number,
  isDonor: (index: number) => boolean,
  options: EstimatorOptions = DEFAULT_ESTIMATOR,
): EstimatedFields {
  const scores = similarity.scoreRow(target, options.weights);
  const ranked = [...scores.keys()]
    .filter((j) => j !== target && scores[j]! > 0 && isDonor(j))
    .sort((a, b) => scores[b]! - scores[a]! || a - b);
  const top = <T>(pick: (o: Occupation) => T | null) =>
    ranked
      .flatMap((j) => {
        const value = pick(occupations[j]!);
        return value === null ? [] : [{ j, value, w: scores[j]! ** options.power }];
      })
      .slice(0, options.donors);
  const ratings = (field: RatingField) =>
    averageRatings(top((o) => o[field]).map((d) => ({ ratings: d.value, w: d.w })));
  const skillDonors = top((o) => o.skills);
  const skillTotal = skillDonors.reduce((s, d) => s + d.w, 0);
  return {
    skills: ratings('skills'),
    knowledge: ratings('knowledge'),
    abilities: ratings('abilities'),
    workValues: averageValues(
      top((o) => o.workValues).map((d) => ({ scores: d.value.scores, w: d.w })),
    ),
    from: skillDonors.slice(0, 5).map((d) => ({
      code: occupations[d.j]!.code,
      title: occupations[d.j]!.title,
      share: Math.round((d.w / skillTotal) * 1000) / 1000,
    })),
  };
}
