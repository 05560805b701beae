import type { QueryKind } from '../../core/evaluation/index.js';
import { DEFAULT_EXPANSION, createCosineScorer } from '../../core/ranking/index.js';
import { toExpandedScorer, type RecommenderContext } from '../recommend/index.js';
import { trainModel, type TrainOptions } from '../train/index.js';
import { buildGroundTruth, foldOf } from '../related/index.js';
import {
  crossValidatedRanker,
  randomRanker,
  sameGroupRanker,
  scorerRanker,
  type EvalRanker,
} from './rankers.js';
import { evaluateRankers, type RankerResult } from './run-evaluation.js';

/** Options of the benchmark against O*NET's related occupations. */
export interface BenchmarkOptions {
  readonly seed: number;
  readonly folds: number;
  /** Training pairs per model. */
  readonly pairs: number;
  /** Use every n-th source occupation (1 = all); CI uses a reduced but meaningful set. */
  readonly sourceStride: number;
  readonly kinds: readonly QueryKind[];
  readonly resamples: number;
  readonly onProgress?: (stage: string, done: number, total: number) => void;
}

/** The benchmark's results and the settings that produced them. */
export interface BenchmarkReport {
  readonly settings: Omit<BenchmarkOptions, 'onProgress'> & {
    readonly sources: number;
    readonly careers: number;
  };
  readonly results: readonly RankerResult[];
}

/**
 * Runs the benchmark: random, same-SOC-group and cosine baselines, the seed-style model (six
 * synthetic match types only; it never sees Related Occupations) and the improved model
 * (blended recipe), which is cross-validated over source occupations so that no test source's
 * related list is seen in training, both as the product ranks with it (query expansion, 'ml')
 * and without expansion ('ml-no-expansion'). Neither model uses knowledge ratings or titles.
 */
export function runBenchmark(ctx: RecommenderContext, options: BenchmarkOptions): BenchmarkReport {
  const truth = buildGroundTruth(ctx);
  const all = [...truth.keys()].sort((a, b) => a - b);
  const sources = all.filter((_, i) => i % options.sourceStride === 0);
  const at = '2000-01-01T00:00:00.000Z';
  const train = (o: Omit<TrainOptions, 'seed' | 'pairs'>) =>
    trainModel(ctx, { seed: options.seed, pairs: options.pairs, ...o }, at);
  const totalModels = 1 + options.folds;
  options.onProgress?.('training', 0, totalModels);
  const seedStyle = train({ recipe: 'synthetic' });
  options.onProgress?.('training', 1, totalModels);
  const foldOfSource = (s: number) => foldOf(ctx.codes[s]!, options.folds);
  const improved = Array.from({ length: options.folds }, (_, f) => {
    const model = train({
      recipe: 'blended',
      relatedSources: all.filter((s) => foldOfSource(s) !== f),
    });
    options.onProgress?.('training', 2 + f, totalModels);
    return model.scorer;
  });
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
      'ml',
      `The product's model: the logistic model above with query expansion (half its probability, half the resemblance to the top ${DEFAULT_EXPANSION.k} occupations, each fold's rows from that fold's model), ${options.folds}-fold cross-validated`,
      ctx,
      foldOfSource,
      improved.map((base) => toExpandedScorer(ctx, base)),
    ),
  ];
  const results = evaluateRankers(ctx, truth, rankers, {
    kinds: options.kinds,
    sources,
    seed: options.seed,
    resamples: options.resamples,
    onProgress: (done, total) => options.onProgress?.('ranking', done, total),
  });
  const { onProgress: _ignored, ...settings } = options;
  return {
    settings: { ...settings, sources: sources.length, careers: ctx.careers.length },
    results,
  };
}
