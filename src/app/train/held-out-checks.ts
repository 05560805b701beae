import { logLoss } from '../../core/model/index.js';
import { ndcgAt, recallAt, toQuery, type PairedCheck } from '../../core/evaluation/index.js';
import { toUserContext } from '../../core/features/index.js';
import { createRng } from '../../core/random/index.js';
import type { Scorer } from '../../core/ranking/index.js';
import { toExpandedScorer, type RecommenderContext } from '../recommend/index.js';
import { buildGroundTruth, foldOf } from '../related/index.js';
import { SPLIT_FOLDS, TEST_FOLD } from './train-model.js';
import type { TrainingPair } from './training-pairs.js';

/** How much NDCG@10 an operator may give up when forcing a promotion. */
export const NDCG_TOLERANCE = 0.01;
/** How much held-out feedback log loss an operator may give up when forcing a promotion. */
export const LOG_LOSS_TOLERANCE = 0.005;
/** Fewest people with held-out feedback before feedback becomes one of the checks. */
export const MIN_HELD_OUT_PEOPLE = 10;

/** A held-out feedback pair and the person it came from (the bootstrap unit). */
export type PersonPair = TrainingPair & { readonly person: string };

/** The benchmark's held-out source occupations: the TEST_FOLD hash fold of those with a truth. */
export function heldOutSources(ctx: RecommenderContext): number[] {
  return [...buildGroundTruth(ctx).keys()]
    .filter((s) => foldOf(ctx.codes[s]!, SPLIT_FOLDS) === TEST_FOLD)
    .sort((a, b) => a - b);
}

/** NDCG@10 and Recall@10 (primary) of each source's query, the source itself left out. */
export interface PerSourceMetrics {
  readonly ndcg10: readonly number[];
  readonly recall10: readonly number[];
}

/**
 * The product's ranking (the logistic model with query expansion) measured on one kind of
 * benchmark query (sparse or full) of each source occupation.
 */
export function measurePerSource(
  ctx: RecommenderContext,
  base: Scorer,
  kind: 'sparse' | 'full',
  sources: readonly number[],
): PerSourceMetrics {
  const truth = buildGroundTruth(ctx);
  const scorer = toExpandedScorer(ctx, base);
  const scores = new Float64Array(ctx.careers.length);
  const ndcg10: number[] = [];
  const recall10: number[] = [];
  for (const s of sources) {
    const occupation = ctx.catalog.occupations[ctx.careers[s]!.catalogIndex]!;
    const user = toUserContext(toQuery(kind, occupation, createRng(0)), ctx.population);
    scorer.scoreAll(user, ctx.careers, scores);
    const ranked = Array.from(scores.keys())
      .sort((a, b) => scores[b]! - scores[a]! || a - b)
      .filter((i) => i !== s);
    ndcg10.push(ndcgAt(ranked, truth.get(s)!.gains, 10));
    recall10.push(recallAt(ranked, truth.get(s)!.primary, 10));
  }
  return { ndcg10, recall10 };
}

/**
 * The benchmark checks: NDCG@10 of the product's ranking (query expansion included) on the
 * sparse and the full query of every held-out source occupation, for both models.
 */
export function benchmarkChecks(
  ctx: RecommenderContext,
  candidate: Scorer,
  current: Scorer,
): PairedCheck[] {
  const sources = heldOutSources(ctx);
  return (['sparse', 'full'] as const).map((kind) => ({
    name: `${kind} NDCG@10 on held-out sources`,
    unit: 'sources',
    higherIsBetter: true,
    tolerance: NDCG_TOLERANCE,
    candidate: measurePerSource(ctx, candidate, kind, sources).ndcg10,
    current: measurePerSource(ctx, current, kind, sources).ndcg10,
  }));
}

/**
 * The feedback check: each person's log loss on their held-out feedback, for both models (the
 * logistic probabilities, which is what feedback trains); null with fewer than
 * MIN_HELD_OUT_PEOPLE people.
 */
export function feedbackCheck(
  ctx: RecommenderContext,
  candidate: Scorer,
  current: Scorer,
  pairs: readonly PersonPair[],
): PairedCheck | null {
  const byPerson = new Map<string, PersonPair[]>();
  for (const p of pairs) byPerson.set(p.person, [...(byPerson.get(p.person) ?? []), p]);
  if (byPerson.size < MIN_HELD_OUT_PEOPLE) return null;
  const loss = (scorer: Scorer) =>
    [...byPerson.values()].map((own) =>
      logLoss(
        own.map((p) => p.label),
        own.map((p) =>
          scorer.scoreOne(toUserContext(p.user, ctx.population), ctx.careers[p.careerIndex]!),
        ),
      ),
    );
  return {
    name: 'held-out feedback log loss',
    unit: 'people',
    higherIsBetter: false,
    tolerance: LOG_LOSS_TOLERANCE,
    candidate: loss(candidate),
    current: loss(current),
  };
}
