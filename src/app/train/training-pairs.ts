import type { UserProfile } from '../../core/domain/index.js';
import { FEATURE_COUNT, buildPairFeatures, toUserContext } from '../../core/features/index.js';
import { toMatrix, type Matrix } from '../../core/model/index.js';
import type { Rng } from '../../core/random/index.js';
import {
  generateRelatedPairs,
  generateSyntheticPairs,
  matrixSimilarity,
  toSimilarityMatrix,
} from '../../core/synthetic/index.js';
import type { RelatedTruth } from '../related/index.js';
import type { RecommenderContext } from '../recommend/index.js';

/** One labelled training example before features are built. */
export interface TrainingPair {
  readonly user: UserProfile;
  readonly careerIndex: number;
  readonly sourceIndex: number;
  readonly label: 0 | 1;
  readonly weight: number;
  /** Match type (strong … wrong-interest), relatedness kind, or `feedback`. */
  readonly kind: string;
}

/** How training pairs are made: the six synthetic match types, related occupations, or both. */
export type TrainingRecipe = 'synthetic' | 'related' | 'blended';

/** Options of pair generation. */
export interface PairOptions {
  readonly pairs: number;
  readonly recipe: TrainingRecipe;
  /** Source occupations (career indices) whose related lists may be used; default all. */
  readonly relatedSources?: readonly number[];
  /** Blended recipe: share of the pairs that come from related occupations (default 0.7). */
  readonly relatedShare?: number;
  /** Share of related-occupation queries that are full occupation profiles (default 0.5). */
  readonly fullShare?: number;
}

/**
 * The blended recipe's mix, chosen on the cross-validated benchmark (docs/EVALUATION.md): 70% of
 * the pairs from related occupations, half of those with full occupation profiles as the query
 * (was 50% and 30%: full-profile NDCG@10 0.490 → 0.498 at 20,000 pairs, sparse 0.261 → 0.277).
 */
export const BLENDED_MIX = Object.freeze({ relatedShare: 0.7, fullShare: 0.5 });

/** How many of a source's most similar careers related-pair generation chooses among. */
const NEAREST_COUNT = 40;

/**
 * The indices of the `k` highest values of `row`, highest first, equal values in index order:
 * the first k of a stable sort by value, descending, without sorting the whole row.
 */
export function mostSimilar(row: Float64Array, k: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < row.length && k > 0; i++) {
    const value = row[i]!;
    if (top.length === k && !(value > row[top[k - 1]!]!)) continue;
    let pos = top.length < k ? top.push(i) - 1 : k - 1;
    while (pos > 0 && value > row[top[pos - 1]!]!) {
      top[pos] = top[pos - 1]!;
      pos--;
    }
    top[pos] = i;
  }
  return top;
}

/** Generates the training pairs of a recipe, deterministically from `rng`. */
export function generateTrainingPairs(
  ctx: RecommenderContext,
  truth: ReadonlyMap<number, RelatedTruth>,
  options: PairOptions,
  rng: Rng,
): TrainingPair[] {
  const syntheticCount =
    options.recipe === 'synthetic'
      ? options.pairs
      : options.recipe === 'blended'
        ? Math.round(options.pairs * (1 - (options.relatedShare ?? BLENDED_MIX.relatedShare)))
        : 0;
  const relatedCount = options.pairs - syntheticCount;
  const out: TrainingPair[] = [];
  if (syntheticCount > 0) {
    const set = generateSyntheticPairs(
      ctx.careers,
      { pairs: syntheticCount },
      rng.fork('synthetic'),
    );
    for (const p of set.pairs) {
      out.push({
        user: p.user,
        careerIndex: p.careerIndex,
        sourceIndex: p.sourceIndex,
        label: p.label,
        weight: 1,
        kind: p.matchType,
      });
    }
  }
  if (relatedCount > 0) {
    const related = new Map([...truth.entries()].map(([k, t]) => [k, t.tiers]));
    const matrix = toSimilarityMatrix(ctx.careers);
    // Each source's 40 most similar careers, made once per source (pair generation asks for
    // them at every pair) from its similarity row.
    const nearestOf = new Map<number, readonly number[]>();
    const nearest = (s: number) => {
      let near = nearestOf.get(s);
      if (!near) {
        const row = Float64Array.from(ctx.careers, (_, i) => matrixSimilarity(matrix, s, i));
        near = mostSimilar(row, NEAREST_COUNT);
        nearestOf.set(s, near);
      }
      return near;
    };
    const pairs = generateRelatedPairs(
      ctx.careers,
      ctx.catalog.occupations,
      related,
      nearest,
      {
        pairs: relatedCount,
        sources: options.relatedSources ?? [...truth.keys()],
        nearNegativeShare: 0,
        fullShare: options.fullShare ?? BLENDED_MIX.fullShare,
      },
      rng.fork('related'),
    );
    for (const p of pairs) {
      out.push({
        user: p.user,
        careerIndex: p.careerIndex,
        sourceIndex: p.sourceIndex,
        label: p.label,
        weight: p.weight,
        kind: p.kind,
      });
    }
  }
  return out;
}

/**
 * Builds the feature matrix, labels and weights of a list of pairs; the `excluded` columns are
 * left at 0 (a model trained on them gets weight 0 there: the model without those features).
 */
export function toTrainingMatrix(
  ctx: RecommenderContext,
  pairs: readonly TrainingPair[],
  excluded: readonly number[] = [],
): { x: Matrix; y: Float64Array; weights: Float64Array } {
  const data = new Float64Array(pairs.length * FEATURE_COUNT);
  const y = new Float64Array(pairs.length);
  const weights = new Float64Array(pairs.length);
  let lastUser: UserProfile | null = null;
  let user = null as ReturnType<typeof toUserContext> | null;
  pairs.forEach((p, i) => {
    if (p.user !== lastUser) {
      user = toUserContext(p.user, ctx.population);
      lastUser = p.user;
    }
    const row = data.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT);
    buildPairFeatures(user!, ctx.careers[p.careerIndex]!, row);
    for (const j of excluded) row[j] = 0;
    y[i] = p.label;
    weights[i] = p.weight;
  });
  return { x: toMatrix(data, pairs.length, FEATURE_COUNT), y, weights };
}

/** Counts of pairs per kind, in first-seen order. */
export function countByKind(pairs: readonly TrainingPair[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of pairs) counts[p.kind] = (counts[p.kind] ?? 0) + 1;
  return counts;
}
