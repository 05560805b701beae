import type { RelatednessTier } from '../../core/domain/index.js';
import { TIER_GAIN } from '../../core/synthetic/index.js';
import type { RecommenderContext } from '../recommend/index.js';

/** O*NET's expert-reviewed related occupations of one source, over rateable careers only. */
export interface RelatedTruth {
  /** Career index → gain (Primary-Short 3, Primary-Long 2, Supplemental 1). */
  readonly gains: ReadonlyMap<number, number>;
  /** Primary-Short and Primary-Long careers (the "10 primary ones"). */
  readonly primary: ReadonlySet<number>;
  readonly primaryShort: ReadonlySet<number>;
  readonly tiers: readonly { readonly index: number; readonly tier: RelatednessTier }[];
}

/**
 * Ground truth per rateable career index, from Related Occupations. Related occupations without
 * ratings cannot be ranked by any method, so they are left out of both the list and the ideal DCG;
 * so are occupations with estimated profiles (their estimate used Related Occupations).
 */
export function buildGroundTruth(ctx: RecommenderContext): ReadonlyMap<number, RelatedTruth> {
  const indexOf = new Map(ctx.codes.map((c, i) => [c, i]));
  const truth = new Map<number, RelatedTruth>();
  // Estimated profiles are drawn partly from Related Occupations: never a source or a target.
  const estimated = (index: number) => ctx.careers[index]!.profileEstimated;
  ctx.careers.forEach((career, i) => {
    if (career.profileEstimated) return;
    const occupation = ctx.catalog.occupations[career.catalogIndex]!;
    const tiers = occupation.related.flatMap((r) => {
      const index = indexOf.get(r.code);
      return index === undefined || index === i || estimated(index)
        ? []
        : [{ index, tier: r.tier }];
    });
    if (tiers.length === 0) return;
    truth.set(i, {
      gains: new Map(tiers.map((t) => [t.index, TIER_GAIN[t.tier]])),
      primary: new Set(tiers.filter((t) => t.tier !== 'Supplemental').map((t) => t.index)),
      primaryShort: new Set(tiers.filter((t) => t.tier === 'Primary-Short').map((t) => t.index)),
      tiers,
    });
  });
  return truth;
}

/** The sources (career indices) that have related occupations to be judged by, ascending. */
export function toTruthSources(truth: ReadonlyMap<number, RelatedTruth>): number[] {
  return [...truth.keys()].sort((a, b) => a - b);
}

/** Where every measurement starts: the ground truth over `ctx` and its sources, ascending. */
export function buildTruthAndSources(ctx: RecommenderContext): {
  readonly truth: ReadonlyMap<number, RelatedTruth>;
  readonly sources: number[];
} {
  const truth = buildGroundTruth(ctx);
  return { truth, sources: toTruthSources(truth) };
}

/** Cross-validation fold of a code: FNV-1a hash of the code modulo `folds`. */
export function foldOf(code: string, folds = 5): number {
  let h = 2166136261;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 16777619);
  return (h >>> 0) % folds;
}
