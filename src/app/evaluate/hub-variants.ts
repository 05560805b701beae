import type { Estimate, Hubness } from '../../core/evaluation/index.js';
import {
  DEFAULT_EXPANSION,
  NO_ADJUSTMENT,
  type AdviserSettings,
  type ExpansionOptions,
  type Scorer,
} from '../../core/ranking/index.js';
import { toExpandedScorer, type RecommenderContext } from '../recommend/index.js';
import type { RelatedTruth } from '../related/index.js';
import { measureHubness } from './measure-hubness.js';
import { crossValidatedRanker } from './rankers.js';
import { evaluateRankers } from './run-evaluation.js';

/** One way of correcting hubs (or not), measured like the product's model. */
export interface HubVariant {
  readonly name: string;
  readonly adviser: AdviserSettings;
}

const product = DEFAULT_EXPANSION.adviser!;
const only = (a: Partial<AdviserSettings>): AdviserSettings => ({ ...NO_ADJUSTMENT, ...a });
const mp = (stated: number, inferred: number) => only({ mutualProximity: { stated, inferred } });

/** The variants `careers eval --hub-variants` compares; the product's settings are the last. */
export const HUB_VARIANTS: readonly HubVariant[] = [
  { name: 'no adjustment (expansion only)', adviser: NO_ADJUSTMENT },
  {
    name: 'mean subtraction β 0.3 stated, 0.1 inferred',
    adviser: only({ hubBeta: { stated: 0.3, inferred: 0.1 } }),
  },
  {
    name: 'mean subtraction β 0.6 stated, 0.2 inferred',
    adviser: only({ hubBeta: { stated: 0.6, inferred: 0.2 } }),
  },
  {
    name: 'mean subtraction β 1.5 stated, 0.4 inferred',
    adviser: only({ hubBeta: { stated: 1.5, inferred: 0.4 } }),
  },
  { name: 'mutual proximity α 0.5 stated, 0.5 inferred', adviser: mp(0.5, 0.5) },
  { name: 'mutual proximity α 0.7 stated, 0.5 inferred', adviser: mp(0.7, 0.5) },
  { name: 'mutual proximity α 0.8 stated, 0.5 inferred', adviser: mp(0.8, 0.5) },
  { name: 'mutual proximity α 1 stated, 1 inferred', adviser: mp(1, 1) },
  {
    name: `outlook penalty ${product.outlookPenalty} only`,
    adviser: only({ outlookPenalty: product.outlookPenalty }),
  },
  {
    name: `mutual proximity α ${product.mutualProximity!.stated}/${product.mutualProximity!.inferred}, outlook penalty 0.01`,
    adviser: { ...product, outlookPenalty: 0.01 },
  },
  {
    name: `**product**: mutual proximity α ${product.mutualProximity!.stated} stated, ${product.mutualProximity!.inferred} inferred, outlook penalty ${product.outlookPenalty}`,
    adviser: product,
  },
];

/** A variant's agreement with the experts and its hubness. */
export interface HubVariantRow {
  readonly name: string;
  readonly ndcgFull: Estimate;
  readonly ndcgSparse: Estimate;
  readonly hubness: Hubness;
}

/**
 * Each variant of the adviser's adjustments over the same cross-validated models (one per fold),
 * with NDCG@10 on full and sparse queries of `sources` and hubness over every source.
 */
export function measureHubVariants(
  ctx: RecommenderContext,
  truth: ReadonlyMap<number, RelatedTruth>,
  models: readonly Scorer[],
  foldOfSource: (sourceIndex: number) => number,
  options: {
    readonly sources: readonly number[];
    readonly seed: number;
    readonly resamples: number;
  },
  variants: readonly HubVariant[] = HUB_VARIANTS,
): HubVariantRow[] {
  return variants.map((v) => {
    const expansion: ExpansionOptions = { ...DEFAULT_EXPANSION, adviser: v.adviser };
    const ranker = crossValidatedRanker(
      v.name,
      v.name,
      ctx,
      foldOfSource,
      models.map((m) => toExpandedScorer(ctx, m, expansion)),
    );
    const [result] = evaluateRankers(ctx, truth, [ranker], {
      kinds: ['full', 'sparse'],
      sources: options.sources,
      seed: options.seed,
      resamples: options.resamples,
    });
    const [hub] = measureHubness(ctx, truth, [ranker], options.seed);
    return {
      name: v.name,
      ndcgFull: result!.byKind.full!.ndcg10,
      ndcgSparse: result!.byKind.sparse!.ndcg10,
      hubness: hub!.hubness,
    };
  });
}
