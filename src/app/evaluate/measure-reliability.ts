import type { QueryKind } from '../../core/evaluation/index.js';
import { calibrationTable, type CalibrationBin } from '../../core/model/index.js';
import { isMatchCalibrated, rankTopK, type Scorer } from '../../core/ranking/index.js';
import type { RecommenderContext } from '../recommend/index.js';
import type { RelatedTruth } from '../related/index.js';
import { buildQueries } from './run-evaluation.js';

/** Predicted match probability against the observed rate, for one query kind. */
export interface Reliability {
  readonly kind: QueryKind;
  /** The ten occupations shown per query: calibrated probability (what matchPercent shows). */
  readonly shown: readonly CalibrationBin[];
  /** The same ten with the uncalibrated score (what matchPercent showed before calibration). */
  readonly shownUncalibrated: readonly CalibrationBin[];
  /** Ranks 11–50 (shown only when a person asks for more than ten), calibrated. */
  readonly beyond: readonly CalibrationBin[];
  /** Σ count·|mean predicted − observed| / Σ count (expected calibration error), per table. */
  readonly errorShown: number;
  readonly errorShownUncalibrated: number;
  readonly errorBeyond: number;
}

const calibrationError = (bins: readonly CalibrationBin[]) => {
  const n = bins.reduce((s, b) => s + b.count, 0);
  const e = bins.reduce(
    (s, b) => s + (b.count === 0 ? 0 : b.count * Math.abs(b.meanPredicted! - b.observedRate!)),
    0,
  );
  return n === 0 ? 0 : e / n;
};

/**
 * Reliability of the match probability: for each query (as in the benchmark), the calibrated
 * probability of the 50 best-ranked occupations and whether each is a match (O*NET lists it as related to the source, or
 * it is the source itself; for full-profile queries the source is left out, as the product
 * leaves out the current job), in ten equal-width bins. `scorerOf(source)` must be the scorer
 * whose calibration and model never saw that source's related list.
 */
export function measureReliability(
  ctx: RecommenderContext,
  truth: ReadonlyMap<number, RelatedTruth>,
  scorerOf: (sourceIndex: number) => Scorer,
  kinds: readonly QueryKind[],
  sources: readonly number[],
  seed: number,
): Reliability[] {
  const queries = buildQueries(ctx, kinds, sources, seed);
  const scores = new Float64Array(ctx.careers.length);
  return kinds.map((kind) => {
    const beyond = { y: [] as number[], p: [] as number[] };
    const shown = { y: [] as number[], p: [] as number[], raw: [] as number[] };
    for (const q of queries.get(kind)!) {
      const scorer = scorerOf(q.sourceIndex);
      if (!isMatchCalibrated(scorer)) throw new Error(`${scorer.version} has no calibration`);
      const gains = truth.get(q.sourceIndex)!.gains;
      scorer.scoreAll(q.user, ctx.careers, scores);
      const eligible = new Uint8Array(ctx.careers.length).fill(1);
      if (kind === 'full') eligible[q.sourceIndex] = 0;
      const label = (c: number) => (c === q.sourceIndex || gains.has(c) ? 1 : 0);
      rankTopK(scores, ctx.codes, eligible, 50).forEach((t, rank) => {
        const p = scorer.matchProbability(q.user, t.score);
        if (rank >= 10) {
          beyond.y.push(label(t.index));
          beyond.p.push(p);
          return;
        }
        shown.y.push(label(t.index));
        shown.p.push(p);
        shown.raw.push(t.score);
      });
    }
    const tables = {
      shown: calibrationTable(shown.y, shown.p),
      shownUncalibrated: calibrationTable(shown.y, shown.raw),
      beyond: calibrationTable(beyond.y, beyond.p),
    };
    return {
      kind,
      ...tables,
      errorShown: calibrationError(tables.shown),
      errorShownUncalibrated: calibrationError(tables.shownUncalibrated),
      errorBeyond: calibrationError(tables.beyond),
    };
  });
}
