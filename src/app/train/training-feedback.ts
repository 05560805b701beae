import type { TrainingPair } from './training-pairs.js';

/** How feedback pairs enter training (chosen with `careers eval feedback`, docs/EVALUATION.md). */
export interface FeedbackRecipe {
  /** Weight of a thumbs-down pair relative to its stored weight (0 leaves them out). */
  readonly downWeight: number;
  /** Random unrelated careers added as bad matches per good-match pair (as the related recipe does). */
  readonly negativesPerPositive: number;
  /**
   * Most weight one person's feedback may carry in training, whatever its number of events, as
   * a share of the synthetic training pairs (the model's sensitivity to one pair falls as they
   * grow, so the bound on one person's influence holds at any training size).
   */
  readonly personShareOfPairs: number;
}

/**
 * The product's feedback recipe, chosen with the simulation (10,000 synthetic pairs, 20,000
 * events, sparse NDCG@10 gain): pairs as stored −0.088; thumbs-down at ¼ weight and one random
 * bad match per good one +0.012; without thumbs-down +0.014; two random bad matches +0.006;
 * good matches at 3× weight −0.008. Thumbs-down stay, at ¼ weight, so that a person's "no"
 * still counts.
 */
export const FEEDBACK_RECIPE: FeedbackRecipe = Object.freeze({
  downWeight: 0.25,
  negativesPerPositive: 1,
  personShareOfPairs: 1 / 5000,
});

/**
 * The weight cap of one person's feedback when the model trains on `syntheticPairs` pairs: 8 at
 * the product's 40,000 (eight thumbs-up, or 32 thumbs-down at their quarter weight).
 */
export function personWeightCap(
  syntheticPairs: number,
  recipe: FeedbackRecipe = FEEDBACK_RECIPE,
): number {
  return syntheticPairs * recipe.personShareOfPairs;
}

/** A feedback pair and the person it came from. */
export type PersonFeedbackPair = TrainingPair & { readonly person: string };

/**
 * One person's say, bounded: of several events on the same occupation only the last counts, and
 * when the person's pairs weigh more than `cap` together they are scaled down to weigh `cap`.
 * Pairs keep their order (event order).
 */
export function capPerPerson<T extends PersonFeedbackPair>(pairs: readonly T[], cap: number): T[] {
  const last = new Map<string, number>();
  pairs.forEach((p, i) => last.set(`${p.person}\u0000${p.careerIndex}`, i));
  const kept = pairs.filter((p, i) => last.get(`${p.person}\u0000${p.careerIndex}`) === i);
  const total = new Map<string, number>();
  for (const p of kept) total.set(p.person, (total.get(p.person) ?? 0) + p.weight);
  return kept.map((p) => {
    const sum = total.get(p.person)!;
    return sum > cap ? { ...p, weight: (p.weight * cap) / sum } : p;
  });
}

/**
 * Feedback pairs as training sees them: each person's say capped (capPerPerson), thumbs-down
 * pairs re-weighted, and each good match joined by random bad matches for the same person (a
 * career drawn by `pick`, never the liked one, with the good match's share of the person's
 * weight), so that feedback, which only ever covers the top of a list, does not teach the
 * model that the occupations it ranks high are bad in general.
 */
export function toTrainingFeedback<T extends PersonFeedbackPair>(
  pairs: readonly T[],
  pick: () => number,
  syntheticPairs: number,
  recipe: FeedbackRecipe = FEEDBACK_RECIPE,
): TrainingPair[] {
  const out: TrainingPair[] = [];
  const weighted = pairs.map((p) =>
    p.label === 0 ? { ...p, weight: p.weight * recipe.downWeight } : p,
  );
  const uncapped = new Map(weighted.map((p) => [`${p.person}\u0000${p.careerIndex}`, p.weight]));
  for (const p of capPerPerson(weighted, personWeightCap(syntheticPairs, recipe))) {
    if (p.label === 0) {
      if (p.weight > 0) out.push(p);
      continue;
    }
    out.push(p);
    const scale = p.weight / uncapped.get(`${p.person}\u0000${p.careerIndex}`)!;
    for (let k = 0; k < recipe.negativesPerPositive; k++) {
      let negative = pick();
      while (negative === p.careerIndex) negative = pick();
      out.push({
        ...p,
        careerIndex: negative,
        label: 0,
        weight: 2 * scale,
        kind: 'feedback-negative',
      });
    }
  }
  return out;
}
