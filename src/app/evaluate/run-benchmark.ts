import type { QueryKind } from '../../core/evaluation/index.js';
import { DEFAULT_EXPANSION, createCosineScorer } from '../../core/ranking/index.js';
import {
  toExpandedScorer,
  toOnetRatedContext,
  type RecommenderContext,
} from '../recommend/index.js';
import { DEFAULT_TRAINING, SPLIT_FOLDS, trainModel, type TrainOptions } from '../train/index.js';
import { buildGroundTruth, foldOf } from '../related/index.js';
import {
  crossValidatedRanker,
  randomRanker,
  sameGroupRanker,
  scorerRanker,
  type EvalRanker,
} from './rankers.js';
import { measureReliability, type Reliability } from './measure-reliability.js';
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
  /** How well the product's match probability (the ml ranker's) agrees with what is observed. */
  readonly reliability: readonly Reliability[];
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
  const truth = buildGroundTruth(ctx);
  const all = [...truth.keys()].sort((a, b) => a - b);
  const sources = all.filter((_, i) => i % options.sourceStride === 0);
  const at = '2000-01-01T00:00:00.000Z';
  const train = (o: Omit<TrainOptions, 'seed' | 'pairs'>) =>
    trainModel(ctx, { seed: options.seed, pairs: options.pairs, ...o }, at);
  const totalModels = 1 + 2 * options.folds;
  options.onProgress?.('training', 0, totalModels);
  const seedStyle = train({ recipe: 'synthetic' });
  options.onProgress?.('training', 1, totalModels);
  const foldOfSource = (s: number) => foldOf(ctx.codes[s]!, options.folds);
  // The product's recipe, trained without the test fold's related lists. Each model's match
  // calibration is fitted on the sources of its held-out split outside the test fold (fold-0
  // models hold out split fold 1 instead of 0), so the reliability table is held out too.
  const { seed: _seed, pairs: _pairs, ...recipe } = DEFAULT_TRAINING;
  const crossValidated = (extra: Partial<TrainOptions>, done: number) =>
    Array.from({ length: options.folds }, (_, f) => {
      const heldOutFold = f === 0 ? 1 : 0;
      const model = train({
        ...recipe,
        ...extra,
        relatedSources: all.filter((s) => foldOfSource(s) !== f),
        heldOutFold,
        calibrationSources: all.filter(
          (s) => foldOf(ctx.codes[s]!, SPLIT_FOLDS) === heldOutFold && foldOfSource(s) !== f,
        ),
      });
      options.onProgress?.('training', done + f + 1, totalModels);
      return model.scorer;
    });
  const improved = crossValidated({}, 1);
  const noTechnology = crossValidated({ excludeFeatures: [TECHNOLOGY_FEATURE] }, 1 + options.folds);
  const expanded = improved.map((base) => toExpandedScorer(ctx, base));
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
      noTechnology.map((base) => toExpandedScorer(ctx, base)),
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
  const { onProgress: _ignored, ...settings } = options;
  return {
    settings: { ...settings, sources: sources.length, careers: ctx.careers.length },
    results,
    reliability,
  };
}
