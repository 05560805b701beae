import { toQuery, type QueryKind } from '../../core/evaluation/index.js';
import { toUserContext } from '../../core/features/index.js';
import { fitIsotonic } from '../../core/model/index.js';
import { createRng } from '../../core/random/index.js';
import { topCareers, type MatchCalibration, type Scorer } from '../../core/ranking/index.js';
import { toExpandedScorer, type RecommenderContext } from '../recommend/index.js';
import type { RelatedTruth } from '../related/index.js';

/**
 * Fewest candidates behind one step of the calibration map: the ~180 held-out sources give each
 * top score only a few examples, and a step of 100 has a standard error of at most 5 points.
 */
export const MIN_BLOCK = 100;

/**
 * The map is fitted on the occupations a person is shown by default (the top 10 per query): the
 * score alone does not carry the rank, and the best-ranked occupations of a query with low scores
 * are related far more often than other occupations with the same score, so a map fitted on
 * every candidate promises too little for what is shown (and more than it should below).
 */
export const CALIBRATION_TOP_K = 10;

/** Scores and labels of every candidate of some queries (the data a calibration is fitted on). */
export interface ScoredCandidates {
  readonly scores: number[];
  readonly labels: number[];
}

/**
 * The top `k` scores of each query built from `sources` and whether each is a match for a person
 * built from that source: O*NET lists it as related, or it is the source itself (a person
 * describing their own job fits it). For a query inferred from a job the source is left out
 * (the product never recommends the current job).
 */
export function collectScoredCandidates(
  ctx: RecommenderContext,
  scorer: Scorer,
  truth: ReadonlyMap<number, RelatedTruth>,
  sources: readonly number[],
  kind: QueryKind,
  seed: number,
  k = CALIBRATION_TOP_K,
): ScoredCandidates {
  const out: ScoredCandidates = { scores: [], labels: [] };
  const eligible = new Uint8Array(ctx.careers.length);
  for (const s of sources) {
    const gains = truth.get(s)?.gains;
    if (!gains) continue;
    const occupation = ctx.catalog.occupations[ctx.careers[s]!.catalogIndex]!;
    const rng = createRng(seed).fork(`calibration:${kind}:${occupation.code}`);
    const user = toUserContext(toQuery(kind, occupation, rng), ctx.population);
    eligible.fill(1);
    if (kind === 'full') eligible[s] = 0;
    for (const t of topCareers(scorer, user, ctx.careers, ctx.codes, eligible, k)) {
      out.scores.push(t.score);
      out.labels.push(t.index === s || gains.has(t.index) ? 1 : 0);
    }
  }
  return out;
}

/**
 * Fits the match calibration of the product's scorer (query expansion over `base`, default
 * settings) on `sources`, which must be source occupations whose related lists the model was
 * not trained on: full-profile queries for profiles inferred from a job, sparse and noisy
 * self-reports for stated profiles.
 */
export function fitMatchCalibration(
  ctx: RecommenderContext,
  base: Scorer,
  truth: ReadonlyMap<number, RelatedTruth>,
  sources: readonly number[],
  seed: number,
): MatchCalibration {
  const scorer = toExpandedScorer(ctx, base);
  const full = collectScoredCandidates(ctx, scorer, truth, sources, 'full', seed);
  const sparse = collectScoredCandidates(ctx, scorer, truth, sources, 'sparse', seed);
  const noisy = collectScoredCandidates(ctx, scorer, truth, sources, 'noisy', seed);
  return {
    inferred: fitIsotonic(full.scores, full.labels, undefined, MIN_BLOCK),
    stated: fitIsotonic(
      [...sparse.scores, ...noisy.scores],
      [...sparse.labels, ...noisy.labels],
      undefined,
      MIN_BLOCK,
    ),
  };
}
