import {
  PROFILE_DETAILS,
  RANGE_LEVEL,
  confidenceOfRange,
  toMatchRange,
  type Confidence,
  type MatchRange,
  type ProfileDetail,
  type RangeMargins,
} from '../../core/ranking/index.js';
import { RANGE_QUERY_KINDS, type RangeItem, type RangeQueryKind } from './measure-match-ranges.js';

/** Margins per profile detail (what RANGE_MARGINS holds). */
export type DetailMargins = Readonly<Record<ProfileDetail, RangeMargins>>;

/**
 * The split-conformal quantile: the ⌈(n + 1)·q⌉-th smallest of `xs` (the largest when that
 * exceeds n), so that a new exchangeable value falls at or below it with probability ≥ q.
 */
export function conformalQuantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  const k = Math.min(sorted.length, Math.ceil((sorted.length + 1) * q));
  return sorted[k - 1]!;
}

/**
 * Margins per profile detail that leave (1 − RANGE_LEVEL)/2 of the items' truths below their
 * range and as many above: for each side, the conformal quantile of how far the truth lies
 * beyond the range without a margin. A negative margin narrows the calibration and perturbation
 * parts (toMatchRange never lets a side fall below the percentage itself).
 */
export function fitDetailMargins(items: readonly RangeItem[]): DetailMargins {
  const q = 1 - (1 - RANGE_LEVEL) / 2;
  const fit = (detail: ProfileDetail): RangeMargins => {
    const below: number[] = [];
    const above: number[] = [];
    for (const it of items) {
      if (it.truth === null || it.basis.profileDetail !== detail) continue;
      const { calibration: c, perturbations: p } = it.basis;
      below.push(it.percent - c.below - p.below - it.truth);
      above.push(it.truth - (it.percent + c.above + p.above));
    }
    return {
      below: conformalQuantile(below, q),
      above: conformalQuantile(above, q),
    };
  };
  return Object.fromEntries(PROFILE_DETAILS.map((d) => [d, fit(d)])) as Record<
    ProfileDetail,
    RangeMargins
  >;
}

/** An item's range with the given margins. */
export function rangeWith(item: RangeItem, margins: DetailMargins): MatchRange {
  return toMatchRange({
    percent: item.percent,
    calibration: item.basis.calibration,
    perturbations: item.basis.perturbations,
    detail: margins[item.basis.profileDetail],
    widenPoints: 0,
  });
}

/** Coverage of the ranges of one query kind. */
export interface CoverageRow {
  readonly kind: RangeQueryKind;
  /** Shown recommendations with a truth (the source itself has none). */
  readonly items: number;
  /** Shown recommendations that are the source occupation itself (no complete-profile truth). */
  readonly ownOccupation: number;
  /** Shares in 0–1. */
  readonly covered: number;
  readonly belowRange: number;
  readonly aboveRange: number;
  readonly meanWidth: number;
  readonly medianWidth: number;
  readonly confidence: Readonly<Record<Confidence, number>>;
  /** Mean of the shown percentages, of the lows and highs, of the truths (points). */
  readonly meanPercent: number;
  readonly meanLow: number;
  readonly meanHigh: number;
  readonly meanTruth: number;
  /** Share of the shown recommendations that are related (the list's own sense), 0–1. */
  readonly relatedRate: number;
  /** Share of neighbouring recommendations (ranks r, r + 1) whose ranges overlap, 0–1. */
  readonly adjacentOverlap: number;
}

const mean = (xs: readonly number[]) =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;

/** The coverage of each kind's held-out ranges, with the margins `marginsOf(fold)`. */
export function coverageRows(
  items: readonly RangeItem[],
  marginsOf: (fold: number) => DetailMargins,
): CoverageRow[] {
  const test = items.filter((i) => i.role === 'test');
  return RANGE_QUERY_KINDS.map((kind) => {
    const all = test.filter((i) => i.kind === kind);
    const ranges = all.map((i) => rangeWith(i, marginsOf(i.fold)));
    const withTruth = all.flatMap((it, n) =>
      it.truth === null ? [] : [{ truth: it.truth, range: ranges[n]! }],
    );
    const widths = ranges.map((r) => r.high - r.low).sort((a, b) => a - b);
    const count = (c: Confidence) =>
      ranges.filter((r) => confidenceOfRange(r) === c).length / Math.max(1, ranges.length);
    const share = (f: (x: { truth: number; range: MatchRange }) => boolean) =>
      withTruth.filter(f).length / Math.max(1, withTruth.length);
    return {
      kind,
      items: withTruth.length,
      ownOccupation: all.length - withTruth.length,
      covered: share((x) => x.range.low <= x.truth && x.truth <= x.range.high),
      belowRange: share((x) => x.truth < x.range.low),
      aboveRange: share((x) => x.truth > x.range.high),
      meanWidth: mean(widths),
      medianWidth: widths[Math.floor(widths.length / 2)] ?? 0,
      confidence: { High: count('High'), Medium: count('Medium'), Low: count('Low') },
      meanPercent: mean(all.map((i) => i.percent)),
      meanLow: mean(ranges.map((r) => r.low)),
      meanHigh: mean(ranges.map((r) => r.high)),
      meanTruth: mean(withTruth.map((x) => x.truth)),
      relatedRate: all.filter((i) => i.related).length / Math.max(1, all.length),
      adjacentOverlap: adjacentOverlap(all, ranges),
    };
  });
}

/** Share of neighbouring recommendations (rank r and r + 1 of one list) whose ranges overlap. */
function adjacentOverlap(items: readonly RangeItem[], ranges: readonly MatchRange[]): number {
  let pairs = 0;
  let overlapping = 0;
  for (let i = 1; i < items.length; i++) {
    if (items[i]!.rank !== items[i - 1]!.rank + 1) continue;
    pairs++;
    const a = ranges[i - 1]!;
    const b = ranges[i]!;
    if (a.low <= b.high && b.low <= a.high) overlapping++;
  }
  return pairs === 0 ? 0 : overlapping / pairs;
}
