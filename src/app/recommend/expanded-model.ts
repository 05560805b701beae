import { inferProfileFromOccupation } from '../../core/domain/index.js';
import { sparseQuery } from '../../core/evaluation/index.js';
import { toUserContext, type UserContext } from '../../core/features/index.js';
import {
  DEFAULT_EXPANSION,
  createExpandedScorer,
  isExpandedScorer,
  matchCalibrationOf,
  type AdviserData,
  type ExpandedScorer,
  type ExpansionOptions,
  type ProfileKind,
  type Scorer,
} from '../../core/ranking/index.js';
import type { RecommenderContext } from './recommender-context.js';

/**
 * The base model's scores of every career for a person who has career `careerIndex`'s full
 * O*NET profile (as inferred from a current job, but with no current occupation, so the career
 * itself is not excluded; SOC group features still apply through the inferred code). This is
 * the benchmark's "full" query for that occupation.
 */
export function toFullProfileRow(
  ctx: RecommenderContext,
  base: Scorer,
  careerIndex: number,
): Float64Array {
  const occupation = ctx.catalog.occupations[ctx.careers[careerIndex]!.catalogIndex]!;
  const profile = { ...inferProfileFromOccupation(occupation), currentOccupation: null };
  const out = new Float64Array(ctx.careers.length);
  base.scoreAll(toUserContext(profile, ctx.population), ctx.careers, out);
  return out;
}

const referenceUsers = new WeakMap<RecommenderContext, Map<ProfileKind, readonly UserContext[]>>();

/**
 * The reference queries of a kind, one per rateable occupation: its full profile (`inferred`,
 * as toFullProfileRow asks) or what a person in it would type (`stated`, the sparse query).
 */
export function toReferenceUsers(
  ctx: RecommenderContext,
  kind: ProfileKind,
): readonly UserContext[] {
  let byKind = referenceUsers.get(ctx);
  if (!byKind) referenceUsers.set(ctx, (byKind = new Map()));
  let users = byKind.get(kind);
  if (!users) {
    users = ctx.careers.map((career) => {
      const occupation = ctx.catalog.occupations[career.catalogIndex]!;
      const profile =
        kind === 'inferred'
          ? { ...inferProfileFromOccupation(occupation), currentOccupation: null }
          : sparseQuery(occupation);
      return toUserContext(profile, ctx.population);
    });
    byKind.set(kind, users);
  }
  return users;
}

interface BaseCache {
  readonly rows: Map<number, Float64Array>;
  readonly references: Map<ProfileKind, Float64Array>;
}

// One cache per base model, so every expansion over it (the product's, the benchmark's variants)
// computes each row and reference once.
const caches = new WeakMap<Scorer, BaseCache>();

function cacheOf(base: Scorer): BaseCache {
  let c = caches.get(base);
  if (!c) caches.set(base, (c = { rows: new Map(), references: new Map() }));
  return c;
}

/**
 * Mean base score of every career over one reference query per rateable occupation, the queries
 * of a kind: its full profile (`inferred`, the rows of the expansion) or what a person in it would
 * type (`stated`, the benchmark's sparse query). An occupation that scores high for everyone —
 * a hub — has a high mean. No labels are involved, so the benchmark can use it without leakage.
 */
export function toHubReference(
  ctx: RecommenderContext,
  base: Scorer,
  kind: ProfileKind,
  referenceScores: (kind: ProfileKind, careerIndex: number) => Float64Array | null,
): Float64Array {
  const n = ctx.careers.length;
  const users = toReferenceUsers(ctx, kind);
  const sum = new Float64Array(n);
  const scores = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    let r = referenceScores(kind, a);
    if (!r) base.scoreAll(users[a]!, ctx.careers, (r = scores));
    for (let c = 0; c < n; c++) sum[c]! += r[c]!;
  }
  return sum.map((x) => x / n);
}

/**
 * The product's "ml" scorer: the logistic model with pseudo-relevance query expansion over the
 * catalog's careers (rows computed lazily and cached per base model, so keep the model for as
 * long as it is active) and the adviser's adjustments (hub correction, outlook, the change the
 * person wants), with the match calibration the model carries (fitted for the default expansion
 * only). A scorer that already expands is returned as it is.
 */
export function toExpandedScorer(
  ctx: RecommenderContext,
  base: Scorer,
  options: ExpansionOptions = DEFAULT_EXPANSION,
): ExpandedScorer {
  if (isExpandedScorer(base)) return base;
  const calibration = options === DEFAULT_EXPANSION ? matchCalibrationOf(base) : null;
  const cache = cacheOf(base);
  const row = (a: number) => {
    let r = cache.rows.get(a);
    if (!r) cache.rows.set(a, (r = toFullProfileRow(ctx, base, a)));
    return r;
  };
  // An inferred reference query is the full profile whose scores are the expansion's row.
  const referenceScores = (kind: ProfileKind, a: number) => (kind === 'inferred' ? row(a) : null);
  const indexOf = new Map(ctx.codes.map((c, i) => [c as string, i]));
  const data: AdviserData = {
    hubReference: (kind) => {
      let r = cache.references.get(kind);
      if (!r) cache.references.set(kind, (r = toHubReference(ctx, base, kind, referenceScores)));
      return r;
    },
    referenceUsers: (kind) => toReferenceUsers(ctx, kind),
    referenceScores,
    closestRelatives: (i) =>
      ctx.catalog.occupations[ctx.careers[i]!.catalogIndex]!.related.flatMap((r) => {
        const j = r.tier === 'Primary-Short' ? indexOf.get(r.code) : undefined;
        return j === undefined ? [] : [j];
      }),
  };
  return createExpandedScorer(base, ctx.careers, row, options, calibration, data);
}
