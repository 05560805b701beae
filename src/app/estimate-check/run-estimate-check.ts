import { createDonorSimilarity } from '../../core/estimate/index.js';
import { runBenchmark, type BenchmarkOptions, type RankerResult } from '../evaluate/index.js';
import { createRecommenderContext, type RecommenderContext } from '../recommend/index.js';
import { ESTIMATE_VARIANTS, type EstimateVariant } from './estimate-variants.js';
import {
  toMaskedEstimates,
  toMaskedOccupations,
  type MaskedEstimates,
} from './masked-estimates.js';

/** Options of the masking check: the benchmark's (without hub variants), and what to benchmark. */
export interface EstimateCheckOptions extends Omit<BenchmarkOptions, 'hubVariants'> {
  /** Variants whose masked profiles also go through the benchmark (by name). */
  readonly benchmarked: readonly string[];
}

/** The benchmark's rows for one set of profiles (O*NET's own, or one variant's masked ones). */
export interface MaskedBenchmark {
  /** `onet` for O*NET's ratings, else the variant's name. */
  readonly profiles: string;
  readonly results: readonly RankerResult[];
  readonly sources: number;
}

/** What the masking check measured. */
export interface EstimateCheckReport {
  readonly settings: Omit<EstimateCheckOptions, 'onProgress'>;
  readonly agreements: readonly MaskedEstimates[];
  readonly benchmarks: readonly MaskedBenchmark[];
}

/**
 * The masking check of the profile estimator: every O*NET-rated occupation's ratings are hidden
 * and estimated the way an unrated occupation's are (leave-one-out), then compared with O*NET's
 * ratings; and the benchmark is run on O*NET's profiles and on masked ones (every rated
 * occupation replaced by its estimate), with the same settings.
 */
export function runEstimateCheck(
  ctx: RecommenderContext,
  options: EstimateCheckOptions,
): EstimateCheckReport {
  const occupations = ctx.catalog.occupations;
  const similarity = createDonorSimilarity(occupations);
  const agreements = ESTIMATE_VARIANTS.map((variant, i) => {
    options.onProgress?.('estimating', i, ESTIMATE_VARIANTS.length);
    return toMaskedEstimates(occupations, similarity, variant);
  });
  options.onProgress?.('estimating', ESTIMATE_VARIANTS.length, ESTIMATE_VARIANTS.length);
  const bench = (profiles: string, c: RecommenderContext): MaskedBenchmark => {
    const report = runBenchmark(c, {
      seed: options.seed,
      folds: options.folds,
      pairs: options.pairs,
      sourceStride: options.sourceStride,
      kinds: options.kinds,
      resamples: options.resamples,
      onProgress: (stage, done, total) =>
        options.onProgress?.(`${profiles}: ${stage}`, done, total),
    });
    return { profiles, results: report.results, sources: report.settings.sources };
  };
  const masked = (variant: EstimateVariant) => {
    const estimates = agreements.find((a) => a.variant === variant)!;
    const catalog = { ...ctx.catalog, occupations: toMaskedOccupations(occupations, estimates) };
    return bench(variant.name, createRecommenderContext(catalog));
  };
  const variants = ESTIMATE_VARIANTS.filter((v) => options.benchmarked.includes(v.name));
  const benchmarks = variants.length > 0 ? [bench('onet', ctx), ...variants.map(masked)] : [];
  const { onProgress: _progress, ...settings } = options;
  return { settings, agreements, benchmarks };
}
