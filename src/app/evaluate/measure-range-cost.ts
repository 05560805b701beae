import { toQuery } from '../../core/evaluation/index.js';
import { toUserContext } from '../../core/features/index.js';
import { createRng } from '../../core/random/index.js';
import { rankTopK, type Scorer } from '../../core/ranking/index.js';
import { rankForProfile, toConfidenceBases, type RecommenderContext } from '../recommend/index.js';
import { SHOWN } from './measure-match-ranges.js';

/** Median in-process time of one request, whole and for its match ranges alone (milliseconds). */
export interface RangeCost {
  readonly kind: 'full' | 'sparse';
  /** Requests timed: every profile, TIMED_PASSES times. */
  readonly requests: number;
  /** rankForProfile with ten results, no explanations (ranges included). */
  readonly requestMs: number;
  /** toConfidenceBases alone for the same ten (perturbed profiles re-scored). */
  readonly rangesMs: number;
}

/** Passes over the profiles that are timed, after one that is not (warm-up, row caches). */
export const TIMED_PASSES = 3;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)]!;
};

/**
 * Times requests for full and sparse queries of `sources` with `scorer`: the whole ranking
 * (rankForProfile, ten results, no explanations) and its match ranges alone; medians, so a busy
 * machine's stalls weigh less. `now` is a millisecond clock (performance.now at the edge).
 */
export function measureRangeCost(
  ctx: RecommenderContext,
  scorer: Scorer,
  sources: readonly number[],
  now: () => number,
): RangeCost[] {
  return (['full', 'sparse'] as const).map((kind) => {
    const profiles = sources.map((s) => {
      const occupation = ctx.catalog.occupations[ctx.careers[s]!.catalogIndex]!;
      return toQuery(kind, occupation, createRng(0).fork(occupation.code));
    });
    const request: number[] = [];
    const ranges: number[] = [];
    for (let pass = 0; pass <= TIMED_PASSES; pass++)
      for (const profile of profiles) {
        const t0 = now();
        rankForProfile(ctx, scorer, profile, { limit: SHOWN, explain: false });
        const t1 = now();
        // A fresh context, so the expanded scorer's per-person cache does not hide the work.
        const user = toUserContext(profile, ctx.population);
        const scores = new Float64Array(ctx.careers.length);
        scorer.scoreAll(user, ctx.careers, scores);
        const shown = rankTopK(scores, ctx.codes, null, SHOWN);
        const t2 = now();
        toConfidenceBases(ctx, scorer, user, shown);
        const t3 = now();
        if (pass === 0) continue;
        request.push(t1 - t0);
        ranges.push(t3 - t2);
      }
    return { kind, requests: request.length, requestMs: median(request), rangesMs: median(ranges) };
  });
}
