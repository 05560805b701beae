import {
  bootstrapMean,
  ndcgAt,
  recallAt,
  reciprocalRank,
  toQuery,
  type Estimate,
  type QueryKind,
} from '../../core/evaluation/index.js';
import { toUserContext } from '../../core/features/index.js';
import { createRng } from '../../core/random/index.js';
import type { RecommenderContext } from '../recommend/index.js';
import type { RelatedTruth } from '../related/index.js';
import type { EvalQuery, EvalRanker } from './rankers.js';

/** The four benchmark metrics, each a mean over sources with a 95% bootstrap interval. */
export interface MetricSummary {
  /** NDCG@10 with gains 3/2/1 by relatedness tier (source excluded). */
  readonly ndcg10: Estimate;
  /** Share of the primary related occupations in the top 10 (source excluded). */
  readonly recall10: Estimate;
  /** 1 / rank of the first Primary-Short occupation (source excluded). */
  readonly mrrPrimaryShort: Estimate;
  /** 1 / rank of the source occupation itself when it is not excluded. */
  readonly selfMrr: Estimate;
}

/** One ranker's results per query kind. */
export interface RankerResult {
  readonly name: string;
  readonly description: string;
  readonly byKind: Readonly<Partial<Record<QueryKind, MetricSummary>>>;
}

/** Options of a benchmark run. */
export interface EvaluationOptions {
  readonly kinds: readonly QueryKind[];
  /** Career indices of the source occupations to query (each must have ground truth). */
  readonly sources: readonly number[];
  readonly seed: number;
  readonly resamples?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Builds the query of each kind for each source once, shared by every ranker. */
export function buildQueries(
  ctx: RecommenderContext,
  kinds: readonly QueryKind[],
  sources: readonly number[],
  seed: number,
): Map<QueryKind, EvalQuery[]> {
  const out = new Map<QueryKind, EvalQuery[]>();
  for (const kind of kinds) {
    out.set(
      kind,
      sources.map((sourceIndex) => {
        const occupation = ctx.catalog.occupations[ctx.careers[sourceIndex]!.catalogIndex]!;
        const rng = createRng(seed).fork(`${kind}:${occupation.code}`);
        return { sourceIndex, user: toUserContext(toQuery(kind, occupation, rng), ctx.population) };
      }),
    );
  }
  return out;
}

function orderByScore(scores: Float64Array): number[] {
  const idx = Array.from({ length: scores.length }, (_, i) => i);
  // Careers are in code order, so ties by index are ties by code.
  return idx.sort((a, b) => scores[b]! - scores[a]! || a - b);
}

/** Runs every ranker on every query and summarises the metrics. */
export function evaluateRankers(
  ctx: RecommenderContext,
  truth: ReadonlyMap<number, RelatedTruth>,
  rankers: readonly EvalRanker[],
  options: EvaluationOptions,
): RankerResult[] {
  const queries = buildQueries(ctx, options.kinds, options.sources, options.seed);
  const scores = new Float64Array(ctx.careers.length);
  const total = rankers.length * options.kinds.length * options.sources.length;
  let done = 0;
  return rankers.map((ranker) => {
    const byKind: Partial<Record<QueryKind, MetricSummary>> = {};
    for (const kind of options.kinds) {
      const ndcg: number[] = [];
      const recall: number[] = [];
      const mrr: number[] = [];
      const self: number[] = [];
      for (const q of queries.get(kind)!) {
        const t = truth.get(q.sourceIndex)!;
        ranker.score(q, scores);
        const ranked = orderByScore(scores);
        self.push(reciprocalRank(ranked, new Set([q.sourceIndex])));
        const others = ranked.filter((i) => i !== q.sourceIndex);
        ndcg.push(ndcgAt(others, t.gains, 10));
        recall.push(recallAt(others, t.primary, 10));
        mrr.push(reciprocalRank(others, t.primaryShort));
        done++;
        if (done % 200 === 0) options.onProgress?.(done, total);
      }
      const rng = createRng(options.seed).fork(`bootstrap:${ranker.name}:${kind}`);
      const est = (v: number[]) => bootstrapMean(v, rng, options.resamples ?? 1000);
      byKind[kind] = {
        ndcg10: est(ndcg),
        recall10: est(recall),
        mrrPrimaryShort: est(mrr),
        selfMrr: est(self),
      };
    }
    options.onProgress?.(done, total);
    return { name: ranker.name, description: ranker.description, byKind };
  });
}
