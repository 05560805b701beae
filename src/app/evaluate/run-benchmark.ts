import type { QueryKind } from '../../core/evaluation/index.js';
import { DEFAULT_EXPANSION, createCosineScorer } from '../../core/ranking/index.js';
import { toOnetRatedContext, type RecommenderContext } from '../recommend/index.js';
import { trainModel, type TrainOptions } from '../train/index.js';
import { buildTruthAndSources } from '../related/index.js';
import {
  sourceFold,
  trainFoldModels,
  type CrossValidationOptions,
  type StageProgress,
} from './cross-validated-models.js';
import {
  crossValidatedRanker,
  randomRanker,
  sameGroupRanker,
  scorerRanker,
  type EvalRanker,
} from './rankers.js';
import { measureHubVariants, type HubVariantRow } from './hub-variants.js';
import { measureHubness, type HubnessRow } from './measure-hubness.js';
import { measureReliability, type Reliability } from './measure-reliability.js';
import { evaluateRankers, type RankerResult } from './run-evaluation.js';

/** Options of the benchmark against O*NET's related occupations. */
export interface BenchmarkOptions extends CrossValidationOptions {
  /** Use every n-th source occupation (1 = all); CI uses a reduced but meaningful set. */
  readonly sourceStride: number;
  readonly kinds: readonly QueryKind[];
  readonly resamples: number;
  /** Also measure the hub-correction variants (HUB_VARIANTS) over the product's models. */
  readonly hubVariants?: boolean;
  readonly onProgress?: StageProgress;
}

/** The benchmark's results and the settings that produced them. */
export interface BenchmarkReport {
  readonly settings: Omit<BenchmarkOptions, 'onProgress'> & {
    readonly sources: number;
    readonly careers: number;
  };
  readonly results: readonly RankerResult[];
  /** How well the product's match probability (the ml ranker's) agrees with what is observed. */
  readonly reliability: readonly Reliability[];
  /** Coverage and Gini of each method's top 10s, one sparse query per source, and the experts'. */
  readonly hubness?: readonly HubnessRow[];
  /** The hub-correction variants, when asked for. */
  readonly hubVariants?: readonly HubVariantRow[];
}

/** The feature whose gain the benchmark reports separately (ml without it). */
export const TECHNOLOGY_FEATURE = 'pair:technology_similarity';

/**
 * Runs the benchmark: random, same-SOC-group and cosine baselines, the seed-style model (six
 * synthetic match types only; it never sees Related Occupations) and the improved model
 * (blended recipe), which is cross-validated over source occupations so that no test source's
 * related list is seen in training, both as the product ranks with it (query expansion, 'ml')
 * and without expansion ('ml-no-expansion'). Neither model uses knowledge ratings or titles.
 * Only O*NET-rated occupations take part (estimated profiles would leak the ground truth).
 */
export function runBenchmark(
  catalogCtx: RecommenderContext,
  options: BenchmarkOptions,
): BenchmarkReport {
  // Estimated profiles are drawn partly from Related Occupations, the benchmark's ground truth.
  const ctx = toOnetRatedContext(catalogCtx);
  const { truth, sources: all } = buildTruthAndSources(ctx);
  const sources = all.filter((_, i) => i % options.sourceStride === 0);
  const totalModels = 1 + 2 * options.folds;
  options.onProgress?.('training', 0, totalModels);
  const seedStyle = trainModel(
    ctx,
    { seed: options.seed, pairs: options.pairs, recipe: 'synthetic' },
    '2000-01-01T00:00:00.000Z',
  );
  options.onProgress?.('training', 1, totalModels);
  const foldOfSource = sourceFold(ctx, options.folds);
  // The product's recipe, trained without the test fold's related lists (trainFoldModels).
  const crossValidated = (extra: Partial<TrainOptions>, done: number) =>
    trainFoldModels(ctx, all, options, extra, (f) =>
      options.onProgress?.('training', done + f + 1, totalModels),
    );
  const improvedFolds = crossValidated({}, 1);
  const improved = improvedFolds.map((m) => m.base);
  const noTechnology = crossValidated(
    { excludeFeatures: [TECHNOLOGY_FEATURE] },
    1 + options.folds,
  ).map((m) => m.scorer);
  const expanded = improvedFolds.map((m) => m.scorer);
  const rankers: EvalRanker[] = [
    randomRanker(options.seed),
    sameGroupRanker(ctx, options.seed),
    scorerRanker(
      'cosine',
      'Cosine similarity of profile vectors (the simple-matching baseline)',
      createCosineScorer(),
      ctx,
    ),
    scorerRanker(
      'seed-style',
      'Logistic model trained only on the six synthetic match types',
      seedStyle.scorer,
      ctx,
    ),
    crossValidatedRanker(
      'ml-no-expansion',
      `Logistic model, blended recipe (synthetic + related-occupation pairs), ${options.folds}-fold cross-validated, without query expansion`,
      ctx,
      foldOfSource,
      improved,
    ),
    crossValidatedRanker(
      'ml-no-technology',
      `The product's model trained without ${TECHNOLOGY_FEATURE} (with query expansion), ${options.folds}-fold cross-validated`,
      ctx,
      foldOfSource,
      noTechnology,
    ),
    crossValidatedRanker(
      'ml',
      `The product's model: the logistic model above with query expansion (half its probability, half the resemblance to the top ${DEFAULT_EXPANSION.k} occupations, each fold's rows from that fold's model), ${options.folds}-fold cross-validated`,
      ctx,
      foldOfSource,
      expanded,
    ),
  ];
  const results = evaluateRankers(ctx, truth, rankers, {
    kinds: options.kinds,
    sources,
    seed: options.seed,
    resamples: options.resamples,
    onProgress: (done, total) => options.onProgress?.('ranking', done, total),
  });
  const reliability = measureReliability(
    ctx,
    truth,
    (source) => expanded[foldOfSource(source)]!,
    options.kinds.filter((k) => k !== 'noisy'),
    sources,
    options.seed,
  );
  options.onProgress?.('hubness', 0, 1);
  const hubness = measureHubness(ctx, truth, rankers, options.seed);
  options.onProgress?.('hubness', 1, 1);
  const hubVariants = options.hubVariants
    ? measureHubVariants(ctx, truth, improved, foldOfSource, { ...options, sources })
    : undefined;
  const { onProgress: _ignored, ...settings } = options;
  return {
    settings: { ...settings, sources: sources.length, careers: ctx.careers.length },
    results,
    reliability,
    hubness,
    ...(hubVariants ? { hubVariants } : {}),
  };
}
