import { toExpandedScorer, type RecommenderContext } from '../recommend/index.js';
import type { Scorer } from '../../core/ranking/index.js';
import { DEFAULT_TRAINING, SPLIT_FOLDS, trainModel, type TrainOptions } from '../train/index.js';
import { foldOf } from '../related/index.js';

/** Told how far a long measurement has come: the stage, and units done of the stage's total. */
export type StageProgress = (stage: string, done: number, total: number) => void;

/** Settings of the cross-validated product models. */
export interface CrossValidationOptions {
  readonly seed: number;
  readonly folds: number;
  /** Training pairs per model. */
  readonly pairs: number;
}

/** One fold's product model and the sources it must not be judged on. */
export interface FoldModel {
  /** The logistic model alone (its match calibration fitted over the expanded scores). */
  readonly base: Scorer;
  /** The product's scorer: the model with query expansion, calibrated. */
  readonly scorer: Scorer;
  /** Sources whose related lists the model never saw: its test fold. */
  readonly testSources: readonly number[];
  /** Sources its match calibration was fitted on (outside training and the test fold). */
  readonly calibrationSources: readonly number[];
}

/** The fold of a source career index. */
export const sourceFold = (ctx: RecommenderContext, folds: number) => (s: number) =>
  foldOf(ctx.codes[s]!, folds);

/**
 * The product's model trained once per fold without that fold's related lists. Each model's
 * match calibration is fitted on the sources of its held-out split outside the test fold (fold-0
 * models hold out split fold 1 instead of 0), so anything measured on the test fold is held out
 * from the model and its calibration alike.
 */
export function trainFoldModels(
  ctx: RecommenderContext,
  sourcesWithTruth: readonly number[],
  options: CrossValidationOptions,
  extra: Partial<TrainOptions> = {},
  onModel?: (fold: number) => void,
): FoldModel[] {
  const foldOfSource = sourceFold(ctx, options.folds);
  const { seed: _seed, pairs: _pairs, ...recipe } = DEFAULT_TRAINING;
  return Array.from({ length: options.folds }, (_, f) => {
    const heldOutFold = f === 0 ? 1 : 0;
    const calibrationSources = sourcesWithTruth.filter(
      (s) => foldOf(ctx.codes[s]!, SPLIT_FOLDS) === heldOutFold && foldOfSource(s) !== f,
    );
    const model = trainModel(
      ctx,
      {
        seed: options.seed,
        pairs: options.pairs,
        ...recipe,
        ...extra,
        relatedSources: sourcesWithTruth.filter((s) => foldOfSource(s) !== f),
        heldOutFold,
        calibrationSources,
      },
      '2000-01-01T00:00:00.000Z',
    );
    onModel?.(f);
    return {
      base: model.scorer,
      scorer: toExpandedScorer(ctx, model.scorer),
      testSources: sourcesWithTruth.filter((s) => foldOfSource(s) === f),
      calibrationSources,
    };
  });
}
