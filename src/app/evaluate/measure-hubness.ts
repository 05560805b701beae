import { toHubness, type Hubness } from '../../core/evaluation/index.js';
import { rankTopK } from '../../core/ranking/index.js';
import type { RecommenderContext } from '../recommend/index.js';
import { toTruthSources, type RelatedTruth } from '../related/index.js';
import type { EvalRanker } from './rankers.js';
import { buildQueries } from './run-evaluation.js';

/** How many occupations each list counts: the top 10 a person is shown. */
export const HUBNESS_TOP_K = 10;

/** One method's (or the experts') hubness over one list per source occupation. */
export interface HubnessRow {
  readonly name: string;
  readonly hubness: Hubness;
  /** The occupations that appear most often, with how many lists each is in (at most 3). */
  readonly hubs: readonly {
    readonly code: string;
    readonly title: string;
    readonly lists: number;
  }[];
}

function hubnessRow(
  ctx: RecommenderContext,
  name: string,
  lists: readonly (readonly number[])[],
): HubnessRow {
  const counts = new Array<number>(ctx.careers.length).fill(0);
  for (const list of lists) for (const i of list) counts[i]!++;
  const hubs = rankTopK(counts, ctx.codes, null, 3).map((t) => ({
    code: ctx.codes[t.index]!,
    title: ctx.catalog.occupations[ctx.careers[t.index]!.catalogIndex]!.title,
    lists: t.score,
  }));
  return { name, hubness: toHubness(lists, ctx.careers.length), hubs };
}

/**
 * Hubness of each ranker: one sparse query (what a person would type) per source occupation with
 * ground truth — every one, whatever stride the benchmark uses, since coverage needs them all —
 * and the top 10 of the other occupations; beside it the experts' own lists (Related
 * Occupations' primary tiers, about 10 per source, and all tiers), the in-degree a method
 * agreeing with them would have.
 */
export function measureHubness(
  ctx: RecommenderContext,
  truth: ReadonlyMap<number, RelatedTruth>,
  rankers: readonly EvalRanker[],
  seed: number,
): HubnessRow[] {
  const sources = toTruthSources(truth);
  const queries = buildQueries(ctx, ['sparse'], sources, seed).get('sparse')!;
  const scores = new Float64Array(ctx.careers.length);
  const eligible = new Uint8Array(ctx.careers.length);
  const rows = rankers.map((ranker) => {
    const lists = queries.map((q) => {
      ranker.score(q, scores);
      eligible.fill(1);
      eligible[q.sourceIndex] = 0;
      return rankTopK(scores, ctx.codes, eligible, HUBNESS_TOP_K).map((t) => t.index);
    });
    return hubnessRow(ctx, ranker.name, lists);
  });
  const experts = (primaryOnly: boolean) =>
    sources.map((s) => {
      const t = truth.get(s)!;
      return primaryOnly ? [...t.primary] : [...t.gains.keys()];
    });
  return [
    ...rows,
    hubnessRow(ctx, 'experts (Related Occupations, primary tiers)', experts(true)),
    hubnessRow(ctx, 'experts (Related Occupations, all tiers)', experts(false)),
  ];
}
