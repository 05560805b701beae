import type { ProfileDetail } from '../../core/ranking/index.js';
import type { RecommenderContext } from '../recommend/index.js';
import { buildTruthAndSources } from '../related/index.js';
import {
  trainFoldModels,
  type CrossValidationOptions,
  type StageProgress,
} from './cross-validated-models.js';
import { measureRangeCost, type RangeCost } from './measure-range-cost.js';
import { collectRangeItems, type RangeItem } from './measure-match-ranges.js';
import {
  coverageRows,
  fitDetailMargins,
  type CoverageRow,
  type DetailMargins,
} from './range-coverage.js';

/** Options of the range-coverage measurement. */
export interface RangeCoverageOptions extends CrossValidationOptions {
  /** Use every n-th source occupation of each fold (1 = all). */
  readonly sourceStride: number;
  readonly onProgress?: StageProgress;
  /** A millisecond clock: when given, the cost per request is measured too (fold 0's model). */
  readonly now?: () => number;
}

/** The range coverage on held-out queries and the margins behind it. */
export interface RangeCoverageReport {
  readonly settings: Omit<RangeCoverageOptions, 'onProgress' | 'now'> & {
    readonly sources: number;
  };
  /** Cross-validated: each fold's ranges use margins fitted on that fold's calibration sources. */
  readonly crossValidated: readonly CoverageRow[];
  /** The same held-out items with the margins fitted on every fold's calibration sources. */
  readonly pooled: readonly CoverageRow[];
  /** Without the profile-detail margins (calibration interval and perturbations only). */
  readonly withoutMargins: readonly CoverageRow[];
  /** Margins fitted on every fold's calibration sources: the values for RANGE_MARGINS. */
  readonly pooledMargins: DetailMargins;
  readonly foldMargins: readonly DetailMargins[];
  /** The held-out items (for further analysis, e.g. --json). */
  readonly items: readonly RangeItem[];
  /** In-process cost per request (when a clock was given). */
  readonly cost: readonly RangeCost[];
}

const ZERO: DetailMargins = {
  complete: { below: 0, above: 0 },
  stated: { below: 0, above: 0 },
  brief: { below: 0, above: 0 },
} satisfies Record<ProfileDetail, unknown>;

/**
 * Measures how often the match ranges hold what they claim, cross-validated as the benchmark:
 * the product model is trained once per fold without that fold's related lists, its match
 * calibration and its profile-detail margins are fitted on held-out sources outside the test
 * fold, and the coverage is counted on the test fold's full, sparse, noisy and brief queries.
 */
export function runRangeCoverage(
  ctx: RecommenderContext,
  options: RangeCoverageOptions,
): RangeCoverageReport {
  const { truth, sources: all } = buildTruthAndSources(ctx);
  options.onProgress?.('training', 0, options.folds);
  const models = trainFoldModels(ctx, all, options, {}, (f) =>
    options.onProgress?.('training', f + 1, options.folds),
  );
  const items = collectRangeItems(ctx, truth, models, options, (done, total) =>
    options.onProgress?.('ranges', done, total),
  );
  const foldMargins = models.map((_, f) =>
    fitDetailMargins(items.filter((i) => i.role === 'fit' && i.fold === f)),
  );
  const pooledMargins = fitDetailMargins(items.filter((i) => i.role === 'fit'));
  const { onProgress: _ignored, now, ...settings } = options;
  const cost = now
    ? measureRangeCost(
        ctx,
        models[0]!.scorer,
        models[0]!.testSources.filter((_, i) => i % options.sourceStride === 0),
        now,
      )
    : [];
  return {
    settings: {
      ...settings,
      sources: new Set(items.filter((i) => i.role === 'test').map((i) => i.source)).size,
    },
    crossValidated: coverageRows(items, (f) => foldMargins[f]!),
    pooled: coverageRows(items, () => pooledMargins),
    withoutMargins: coverageRows(items, () => ZERO),
    pooledMargins,
    foldMargins,
    items,
    cost,
  };
}
