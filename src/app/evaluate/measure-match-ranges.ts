import { toQuery } from '../../core/evaluation/index.js';
import type { Occupation, UserProfile } from '../../core/domain/index.js';
import { toUserContext } from '../../core/features/index.js';
import { createRng } from '../../core/random/index.js';
import {
  isMatchCalibrated,
  rankTopK,
  type ConfidenceBasis,
  type ProfileDetail,
  type RangeMargins,
  type Scorer,
} from '../../core/ranking/index.js';
import { toConfidenceBases, type RecommenderContext } from '../recommend/index.js';
import type { RelatedTruth } from '../related/index.js';
import type { FoldModel } from './cross-validated-models.js';
import { createTruthTable, toStanding, type Standing } from './range-truth.js';

/** The query kinds the ranges are measured on: the benchmark's three and a briefer self-report. */
export const RANGE_QUERY_KINDS = ['full', 'sparse', 'noisy', 'brief'] as const;

/** A kind of range query. */
export type RangeQueryKind = (typeof RANGE_QUERY_KINDS)[number];

/** How many recommendations a query shows (the product's default list). */
export const SHOWN = 10;

const ZERO_MARGINS: Readonly<Record<ProfileDetail, RangeMargins>> = Object.freeze({
  complete: { below: 0, above: 0 },
  stated: { below: 0, above: 0 },
  brief: { below: 0, above: 0 },
});

/**
 * A briefer self-report than the benchmark's sparse query: the occupation's top 3 skills by
 * importance (no levels), its top 2 RIASEC letters, no work values.
 */
export function briefQuery(occupation: Occupation, sparse: UserProfile): UserProfile {
  const top3 = new Set(
    (occupation.skills ?? [])
      .map((r, k) => ({ k, v: r.importance }))
      .sort((a, b) => b.v - a.v || a.k - b.k)
      .slice(0, 3)
      .map((x) => x.k),
  );
  return {
    ...sparse,
    skillLevels: sparse.skillLevels.map((l, k) => (top3.has(k) ? l : null)),
    skillSources: sparse.skillSources.map((s, k) => (top3.has(k) ? s : null)),
    values: null,
    valueOrder: [],
  };
}

/** One shown recommendation of a held-out (or calibration-source) query and its truth. */
export interface RangeItem {
  readonly fold: number;
  /** `fit`: a source the fold's calibration saw (margins are fitted on these); `test`: held out. */
  readonly role: 'fit' | 'test';
  /** Career index of the source occupation the query was built from. */
  readonly source: number;
  readonly kind: RangeQueryKind;
  readonly rank: number;
  /** The match percentage before rounding. */
  readonly percent: number;
  /** The range's parts before the profile-detail margin. */
  readonly basis: ConfidenceBasis;
  /** Related to the source (or the source itself, for a self-report): the list's own sense. */
  readonly related: boolean;
  /** Where it stands for the complete profile; null for the source occupation itself. */
  readonly standing: Standing | null;
  /** The observed rate of related occupations at that standing (points), or null. */
  truth: number | null;
}

/** Indices of every eligible career, best first (ties by code, as the product ranks). */
function fullOrder(ctx: RecommenderContext, scores: Float64Array, skip: number): number[] {
  const eligible = new Uint8Array(ctx.careers.length).fill(1);
  eligible[skip] = 0;
  return rankTopK(scores, ctx.codes, eligible, ctx.careers.length).map((t) => t.index);
}

/**
 * The shown recommendations of every query kind for `sources` under one fold's model, with the
 * range parts the product computes (no profile-detail margin yet) and each item's standing for
 * the source's complete profile (the full query: its rank band and calibrated percentage).
 * Test sources also add their complete-profile standings to `table` (`onTruth`).
 */
function collectItems(
  ctx: RecommenderContext,
  truth: ReadonlyMap<number, RelatedTruth>,
  fold: number,
  scorer: Scorer,
  sources: readonly number[],
  role: RangeItem['role'],
  seed: number,
  onTruth: (s: Standing, related: boolean) => void,
): RangeItem[] {
  if (!isMatchCalibrated(scorer)) throw new Error(`${scorer.version} has no calibration`);
  const items: RangeItem[] = [];
  const scores = new Float64Array(ctx.careers.length);
  for (const s of sources) {
    const gains = truth.get(s)!.gains;
    const occupation = ctx.catalog.occupations[ctx.careers[s]!.catalogIndex]!;
    const queryOf = (kind: 'full' | 'sparse' | 'noisy') =>
      toQuery(kind, occupation, createRng(seed).fork(`${kind}:${occupation.code}`));
    const full = toUserContext(queryOf('full'), ctx.population);
    scorer.scoreAll(full, ctx.careers, scores);
    const standing = new Map<number, Standing>();
    fullOrder(ctx, scores, s).forEach((c, r) => {
      const st = toStanding(r + 1, 100 * scorer.matchProbability(full, scores[c]!));
      standing.set(c, st);
      if (role === 'test') onTruth(st, gains.has(c));
    });
    const sparse = queryOf('sparse');
    const profiles: Record<RangeQueryKind, UserProfile> = {
      full: full.profile,
      sparse,
      noisy: queryOf('noisy'),
      brief: briefQuery(occupation, sparse),
    };
    for (const kind of RANGE_QUERY_KINDS) {
      const user = kind === 'full' ? full : toUserContext(profiles[kind], ctx.population);
      scorer.scoreAll(user, ctx.careers, scores);
      const eligible = new Uint8Array(ctx.careers.length).fill(1);
      if (kind === 'full') eligible[s] = 0;
      const shown = rankTopK(scores, ctx.codes, eligible, SHOWN);
      const bases = toConfidenceBases(ctx, scorer, user, shown, {
        margins: ZERO_MARGINS,
        widenPoints: () => 0,
      });
      shown.forEach((t, i) =>
        items.push({
          fold,
          role,
          source: s,
          kind,
          rank: i + 1,
          percent: 100 * scorer.matchProbability(user, t.score),
          basis: bases[i]!,
          related: gains.has(t.index) || (kind !== 'full' && t.index === s),
          standing: t.index === s ? null : standing.get(t.index)!,
          truth: null,
        }),
      );
    }
  }
  return items;
}

/**
 * Every shown recommendation of every range query kind, for each fold's model on its test
 * sources (held out) and its calibration sources (where margins may be fitted), each with its
 * truth: the observed rate of related occupations, over the test folds' complete-profile
 * queries, at the standing the occupation has for the source's complete profile.
 */
export function collectRangeItems(
  ctx: RecommenderContext,
  truth: ReadonlyMap<number, RelatedTruth>,
  models: readonly FoldModel[],
  options: { readonly seed: number; readonly sourceStride: number },
  onProgress?: (done: number, total: number) => void,
): RangeItem[] {
  const table = createTruthTable();
  const stride = <T>(xs: readonly T[]) => xs.filter((_, i) => i % options.sourceStride === 0);
  const items: RangeItem[] = [];
  models.forEach((m, f) => {
    const add = (s: Standing, related: boolean) => table.add(s, related);
    items.push(
      ...collectItems(ctx, truth, f, m.scorer, stride(m.testSources), 'test', options.seed, add),
      ...collectItems(
        ctx,
        truth,
        f,
        m.scorer,
        stride(m.calibrationSources),
        'fit',
        options.seed,
        add,
      ),
    );
    onProgress?.(f + 1, models.length);
  });
  for (const item of items) item.truth = item.standing ? table.rate(item.standing) : null;
  return items;
}
