import type { OnetCode } from '../domain/index.js';
import type { CareerProfile, UserContext } from '../features/index.js';
import {
  familyMask,
  hubCorrected,
  hasOutlookConcern,
  type AdviserSettings,
} from './adviser-adjustments.js';
import { eligibilityOf } from './constraints.js';
import { calibratedMatch, type MatchCalibration } from './match-calibration.js';
import {
  shareBelow,
  shareBounds,
  toProximitySummary,
  type ProximitySummary,
} from './mutual-proximity.js';
import { rankTopK, type ScoredIndex } from './rank.js';
import type { Scorer } from './scorer.js';

/** Settings of pseudo-relevance query expansion. */
export interface ExpansionOptions {
  /** How many of the best stage-1 careers the query is expanded with. */
  readonly k: number;
  /** Share of the final score that comes from the resemblance to those careers (0 = base model). */
  readonly lambda: number;
  /** Temperature of the neighbour weights: w ∝ exp(logit(p) / tau). */
  readonly tau: number;
  /** What an adviser adds to the blended score (hubs, outlook, the change wanted); none when absent. */
  readonly adviser?: AdviserSettings;
}

/**
 * The product's expansion settings (chosen on the cross-validated benchmark, docs/EVALUATION.md):
 * mutual proximity α 0.8 for stated profiles and 0.5 for inferred ones (coverage and Gini of the
 * sparse queries' top 10s; the mean subtraction is kept for the variants table and is off), an
 * outlook penalty of 0.01 (0.02 dropped coverage of the top 10s to 91.8%) and a family shift of 0.3 for a close move or a new direction.
 */
export const DEFAULT_EXPANSION: ExpansionOptions = Object.freeze({
  k: 3,
  lambda: 0.5,
  tau: 0.5,
  adviser: Object.freeze({
    hubBeta: Object.freeze({ stated: 0, inferred: 0 }),
    mutualProximity: Object.freeze({ stated: 0.8, inferred: 0.5 }),
    outlookPenalty: 0.01,
    familyShift: 0.3,
  }),
});

/** The kinds of reference queries a hub correction is measured over. */
export type ProfileKind = 'stated' | 'inferred';

/** What the adviser settings need beyond the careers: reference means and closest relatives. */
export interface AdviserData {
  /** Mean base score of each career over the reference queries of a kind (computed once). */
  readonly hubReference: (kind: ProfileKind) => Float64Array;
  /** The reference queries of a kind: one person per rateable occupation. */
  readonly referenceUsers: (kind: ProfileKind) => readonly UserContext[];
  /** Career indices of O*NET's Primary-Short related occupations of a career. */
  readonly closestRelatives: (careerIndex: number) => readonly number[];
  /**
   * The base scores of the reference query of career `careerIndex` when they are already at hand
   * (an inferred reference query is the person `fullProfileRow` scores), or null to score it.
   */
  readonly referenceScores?: (kind: ProfileKind, careerIndex: number) => Float64Array | null;
}

/** One of the careers a query was expanded with, and its weight (weights sum to 1). */
export interface ExpansionNeighbour {
  readonly careerIndex: number;
  readonly code: string;
  readonly weight: number;
}

/** A scorer that blends a base model's score with the resemblance to the best-fitting careers. */
export type ExpandedScorer = Scorer &
  Required<Pick<Scorer, 'base' | 'options' | 'expansion'>> & {
    /**
     * Builds now, `budget` reference queries at a time, what the first ranking of each kind of
     * profile (stated, inferred) would build: mutual proximity's reference scores (about 1,800
     * rankings in all) and the hub reference, which would otherwise fall on the first people to
     * ask. True once everything is built; a ranking meanwhile builds the rest itself.
     */
    warm(budget: number): boolean;
  };

/** True when the scorer expands queries (and so can name the careers it expanded with). */
export function isExpandedScorer(scorer: Scorer): scorer is ExpandedScorer {
  return (
    scorer.expansion !== undefined && scorer.base !== undefined && scorer.options !== undefined
  );
}

const EPS = 1e-12;
const logit = (p: number) => {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
};

/** Normalized neighbour weights w_a ∝ exp(logit(p_a) / tau), computed stably. */
function neighbourWeights(probabilities: readonly number[], tau: number): number[] {
  const z = probabilities.map((p) => logit(p) / tau);
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

interface Adjustments {
  /** Hub reference of the person's kind of profile and its β (null when off). */
  readonly hub: { readonly reference: Float64Array; readonly beta: number } | null;
  /** Mutual proximity: each career's sorted reference scores and the share α (null when off). */
  readonly proximity: {
    readonly columns: readonly Float64Array[];
    readonly alpha: number;
    /** A few values of each column, which bound a share without searching the column. */
    readonly summary: ProximitySummary;
  } | null;
  /** The current job's family when the person asked for a close move or a new direction. */
  readonly family: { readonly mask: Uint8Array; readonly shift: number } | null;
}

interface Stage1 {
  readonly scores: Float64Array;
  readonly adjust: Adjustments | null;
  readonly neighbours: readonly ExpansionNeighbour[];
  /** `fullProfileRow` of each neighbour, in the same order. */
  readonly rows: readonly Float64Array[];
}

/**
 * Pseudo-relevance query expansion over a base scorer. Stage 1 scores every career with `base`
 * and takes the top `k` (ties by code) of those the person's constraints allow, with weights
 * ∝ exp(logit(p)/tau); the final score is (1 − λ)·p(c) + λ·Σ w_a·S[a][c], where S[a] =
 * `fullProfileRow(a)` is the base model's score of every career for a person with career a's
 * full profile. Rows depend only on the model, so each is computed once, on first use. Scores
 * stay in [0, 1]; λ = 0 gives the base scores exactly. With `data` and `options.adviser`, the
 * blend is then adjusted as an adviser would (see AdviserSettings): mutual proximity or mean
 * subtraction against hubs, the outlook penalty and the current job's family shifted for a close
 * move (+) or a new direction (−, and the family is not expanded with). With a `calibration` (fitted for these
 * options), the scorer also maps its scores to calibrated match probabilities.
 */
export function createExpandedScorer(
  base: Scorer,
  careers: readonly CareerProfile[],
  fullProfileRow: (careerIndex: number) => Float64Array,
  options: ExpansionOptions = DEFAULT_EXPANSION,
  calibration: MatchCalibration | null = null,
  data: AdviserData | null = null,
): ExpandedScorer {
  const { lambda, tau } = options;
  const adviser = data ? (options.adviser ?? null) : null;
  const k = Math.min(options.k, careers.length);
  if (!(lambda >= 0 && lambda <= 1)) throw new Error(`lambda must be in [0, 1], got ${lambda}`);
  if (!(tau > 0)) throw new Error(`tau must be positive, got ${tau}`);
  const codes = careers.map((c) => c.code as string);
  const byProfile = new Map<CareerProfile, number>(careers.map((c, i) => [c, i]));
  const byCode = new Map<string, number>(codes.map((c, i) => [c, i]));
  const rows = new Map<number, Float64Array>();
  const stages = new WeakMap<UserContext, Stage1>();

  const indexOf = (career: CareerProfile) => {
    const i = byProfile.get(career) ?? byCode.get(career.code);
    if (i === undefined) throw new Error(`career ${career.code} is not one this scorer ranks`);
    return i;
  };
  const row = (a: number) => {
    let r = rows.get(a);
    if (!r) {
      r = fullProfileRow(a);
      if (r.length !== careers.length)
        throw new Error(`row of ${codes[a]} has ${r.length} scores, careers are ${careers.length}`);
      rows.set(a, r);
    }
    return r;
  };
  // Neighbours come from the careers the person could be recommended (their constraints and
  // current occupation apply), so the ones an explanation names are among those on offer.
  // `reference`: a reference query, whose expanded score is what adjustments are measured
  // against, so it gets none (and is not kept); `known`: its base scores, when at hand.
  const stage1 = (
    user: UserContext,
    reference = false,
    known: Float64Array | null = null,
  ): Stage1 => {
    let s = reference ? undefined : stages.get(user);
    if (s) return s;
    let scores = known;
    if (!scores) base.scoreAll(user, careers, (scores = new Float64Array(careers.length)));
    const family = adviser && !reference ? familyOf(user) : null;
    let allowed = eligibilityOf(careers, user.profile).mask;
    // A new direction is not expanded with the current job's family either.
    if (family && family.shift < 0) allowed = allowed.map((m, i) => (family.mask[i] ? 0 : m));
    const top = k > 0 && lambda > 0 ? rankTopK(scores, codes, allowed, k) : [];
    const weights = neighbourWeights(
      top.map((t) => t.score),
      tau,
    );
    const neighbours = top.map((t, n) => ({
      careerIndex: t.index,
      code: codes[t.index]!,
      weight: weights[n]!,
    }));
    s = {
      scores,
      adjust: adviser && !reference ? adjustmentsOf(user, family) : null,
      neighbours,
      rows: neighbours.map((n) => row(n.careerIndex)),
    };
    if (!reference) stages.set(user, s);
    return s;
  };
  // Sorted reference scores (the expanded score before adjustments) of every career, per kind.
  const columns = new Map<ProfileKind, Float64Array[]>();
  // Columns being filled, reference query by reference query (warm() fills them a few at a time).
  const filling = new Map<ProfileKind, { cols: Float64Array[]; next: number }>();
  /** Fills up to `count` more reference queries of a kind; returns how many it filled. */
  const fillColumns = (kind: ProfileKind, count: number): number => {
    if (columns.has(kind)) return 0;
    const users = data!.referenceUsers(kind);
    let f = filling.get(kind);
    if (!f)
      filling.set(kind, (f = { cols: careers.map(() => new Float64Array(users.length)), next: 0 }));
    const { cols } = f;
    const start = f.next;
    for (const end = Math.min(users.length, f.next + count); f.next < end; f.next++) {
      const a = f.next;
      const st = stage1(users[a]!, true, data!.referenceScores?.(kind, a) ?? null);
      for (let c = 0; c < careers.length; c++) cols[c]![a] = expandedScore(st, c);
    }
    const filled = f.next - start;
    if (f.next < users.length) return filled;
    for (const col of cols) col.sort();
    columns.set(kind, cols);
    filling.delete(kind);
    return filled;
  };
  const columnsOf = (kind: ProfileKind) => {
    fillColumns(kind, Infinity);
    return columns.get(kind)!;
  };
  const summaries = new Map<ProfileKind, ProximitySummary>();
  const summaryOf = (kind: ProfileKind) => {
    let summary = summaries.get(kind);
    if (!summary) summaries.set(kind, (summary = toProximitySummary(columnsOf(kind))));
    return summary;
  };
  const adjustmentsOf = (user: UserContext, family: Adjustments['family']): Adjustments => {
    const kind: ProfileKind = user.profile.inferred ? 'inferred' : 'stated';
    const beta = adviser!.hubBeta[kind];
    const alpha = adviser!.mutualProximity?.[kind] ?? 0;
    return {
      hub: beta > 0 ? { reference: data!.hubReference(kind), beta } : null,
      proximity: alpha > 0 ? { columns: columnsOf(kind), alpha, summary: summaryOf(kind) } : null,
      family,
    };
  };
  // Each current job's family, made once (a request's raised profiles share it).
  const families = new Map<number, Uint8Array>();
  const familyOf = (user: UserContext): Adjustments['family'] => {
    const change = user.profile.preferences?.change ?? 'balanced';
    const current = user.profile.currentOccupation;
    const i = current === null ? undefined : byCode.get(current);
    if (!adviser || !data || change === 'balanced' || i === undefined) return null;
    const shift = change === 'close' ? adviser.familyShift : -adviser.familyShift;
    let mask = families.get(i);
    if (!mask)
      families.set(
        i,
        (mask = familyMask(careers, codes[i]! as OnetCode, data.closestRelatives(i))),
      );
    return { mask, shift };
  };
  const outlookPenalty = careers.map((c) =>
    adviser && hasOutlookConcern(c) ? adviser.outlookPenalty : 0,
  );
  // The one formula both scoreAll and scoreOne use, so they return identical numbers.
  const expandedScore = (s: Stage1, c: number) => {
    const { neighbours, rows } = s;
    const p = s.scores[c]!;
    if (neighbours.length === 0) return p;
    let resemblance = 0;
    for (let n = 0; n < neighbours.length; n++) resemblance += neighbours[n]!.weight * rows[n]![c]!;
    return (1 - lambda) * p + lambda * resemblance;
  };
  // The adjusted score of career c from its expanded score x and, with mutual proximity, the
  // share of its reference scores below x: increasing in the share, so bounds on the share bound it.
  const adjusted = (a: Adjustments, c: number, x: number, share: number) => {
    if (a.proximity) x = (1 - a.proximity.alpha) * x + a.proximity.alpha * share;
    if (a.hub) x = hubCorrected(x, a.hub.reference[c]!, a.hub.beta);
    x -= outlookPenalty[c]!;
    if (a.family?.mask[c]) x += a.family.shift;
    return Math.min(1, Math.max(0, x));
  };
  const blend = (s: Stage1, c: number) => {
    const x = expandedScore(s, c);
    const a = s.adjust;
    if (!a) return x;
    return adjusted(a, c, x, a.proximity ? shareBelow(a.proximity.columns[c]!, x) : 0);
  };
  /**
   * rankTopK over blend for every career, searching the proximity columns only for the careers
   * whose bounds (from the summary) could reach the top `limit`: the others' upper bound is below
   * the `limit`-th best lower bound, so below the `limit`-th best score. Null without mutual
   * proximity (blend is then cheap: scoreAll and rankTopK give the list).
   */
  const rankTop = (
    user: UserContext,
    eligible: ArrayLike<number>,
    limit: number,
  ): ScoredIndex[] | null => {
    const s = stage1(user);
    const a = s.adjust;
    if (!a?.proximity) return null;
    const { columns, summary } = a.proximity;
    const n = careers.length;
    const x = new Float64Array(n);
    const low = new Float64Array(n);
    const high = new Float64Array(n);
    const bounds = { low: 0, high: 0 };
    for (let c = 0; c < n; c++) {
      if (!eligible[c]) continue;
      x[c] = expandedScore(s, c);
      shareBounds(summary, columns[c]!.length, c, x[c]!, bounds);
      low[c] = adjusted(a, c, x[c]!, bounds.low);
      high[c] = adjusted(a, c, x[c]!, bounds.high);
    }
    const bestLows = rankTopK(low, codes, eligible, limit);
    const threshold = bestLows.length < limit ? -Infinity : bestLows[limit - 1]!.score;
    const exact = new Float64Array(n);
    const candidates = new Uint8Array(n);
    for (let c = 0; c < n; c++) {
      if (!eligible[c] || high[c]! < threshold) continue;
      candidates[c] = 1;
      exact[c] = adjusted(a, c, x[c]!, shareBelow(columns[c]!, x[c]!));
    }
    return rankTopK(exact, codes, candidates, limit);
  };

  return {
    ...(calibration
      ? { matchProbability: (user, score) => calibratedMatch(calibration, user, score) }
      : {}),
    kind: base.kind,
    version: base.version,
    base,
    options,
    scoreAll(user, list, out) {
      const s = stage1(user);
      if (list === careers) for (let c = 0; c < list.length; c++) out[c] = blend(s, c);
      else for (let c = 0; c < list.length; c++) out[c] = blend(s, indexOf(list[c]!));
    },
    scoreOne(user, career) {
      return blend(stage1(user), indexOf(career));
    },
    rankTop(user, list, eligible, limit) {
      return list === careers ? rankTop(user, eligible, limit) : null;
    },
    contributions(user, career) {
      return base.contributions(user, career);
    },
    expansion(user) {
      return stage1(user).neighbours;
    },
    baseScores(user) {
      return stage1(user).scores;
    },
    warm(budget) {
      if (!adviser || !data) return true;
      let left = budget;
      for (const kind of ['stated', 'inferred'] as const) {
        if ((adviser.mutualProximity?.[kind] ?? 0) > 0) {
          left -= fillColumns(kind, left);
          if (!columns.has(kind)) return false;
          summaryOf(kind);
        }
        if (adviser.hubBeta[kind] > 0) data.hubReference(kind);
      }
      return true;
    },
  };
}
