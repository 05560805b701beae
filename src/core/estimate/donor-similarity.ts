import type { Occupation } from '../domain/index.js';
import {
  technologySimilarity,
  toTechnologyIndex,
  toTechnologyVector,
  type TechnologyVector,
} from '../features/index.js';
import { toTaskVectors, type SparseVector } from './task-vectors.js';

/** What O*NET gives for every described occupation, rated or not, that makes two of them alike. */
export const DONOR_SIGNALS = [
  'related',
  'soc',
  'tasks',
  'technology',
  'interests',
  'jobZone',
] as const;

/** One of the {@link DONOR_SIGNALS}. */
export type DonorSignal = (typeof DONOR_SIGNALS)[number];

/** How much each signal counts in a donor's score (non-negative; only ratios matter). */
export type SignalWeights = Readonly<Record<DonorSignal, number>>;

/** How the signals of one target–donor pair are measured, each in [0, 1]. */
export const SIGNAL_DEFINITIONS: Readonly<Record<DonorSignal, string>> = Object.freeze({
  related:
    "O*NET's Related Occupations of the target: Primary-Short 1, Primary-Long 2/3, Supplemental 1/3",
  soc: 'same 6-digit SOC code 1, same broad occupation 1/2, same minor group 1/4',
  tasks: 'TF-IDF cosine of the task statements',
  technology: 'IDF-weighted cosine of the Technology Skills examples and their classes',
  interests: 'correlation of the RIASEC (OI) scores, below 0 counted as 0',
  jobZone: 'same Job Zone 1, one apart 1/2',
});

const TIER_SCORE = { 'Primary-Short': 1, 'Primary-Long': 2 / 3, Supplemental: 1 / 3 } as const;

/** The signals of every donor for one target, each indexed like the occupation list. */
export type SignalRow = Readonly<Record<DonorSignal, Float32Array>>;

/** Everything needed to score donors for a target, computed once for a list of occupations. */
export interface DonorSimilarity {
  /** The six signals of every occupation as a donor for target `i` (computed once, cached). */
  readonly signalRow: (i: number) => SignalRow;
  /** Σ weight × signal for every occupation as a donor for target `i`. */
  readonly scoreRow: (i: number, weights: SignalWeights) => Float64Array;
}

function correlation(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let ma = 0;
  let mb = 0;
  for (let k = 0; k < n; k++) {
    ma += a[k]! / n;
    mb += b[k]! / n;
  }
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let k = 0; k < n; k++) {
    sab += (a[k]! - ma) * (b[k]! - mb);
    saa += (a[k]! - ma) ** 2;
    sbb += (b[k]! - mb) ** 2;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}

function socScore(a: string, b: string): number {
  if (a.slice(0, 7) === b.slice(0, 7)) return 1;
  if (a.slice(0, 6) === b.slice(0, 6)) return 0.5;
  if (a.slice(0, 5) === b.slice(0, 5)) return 0.25;
  return 0;
}

/**
 * Prepares the donor signals over `occupations`: task and technology vectors (IDF over the
 * occupations that list any), related-occupation tiers by code. Uses nothing O*NET rates on
 * skills, so a rated occupation with its ratings hidden is scored exactly like an unrated one.
 */
export function createDonorSimilarity(occupations: readonly Occupation[]): DonorSimilarity {
  const tasks: SparseVector[] = toTaskVectors(occupations.map((o) => o.tasks));
  const techIndex = toTechnologyIndex(occupations.filter((o) => o.technologies.length > 0));
  const tech: TechnologyVector[] = occupations.map((o) =>
    toTechnologyVector(techIndex, o.technologies),
  );
  const related = occupations.map(
    (o) => new Map(o.related.map((r) => [r.code as string, TIER_SCORE[r.tier]])),
  );
  const n = occupations.length;
  const rows = new Map<number, SignalRow>();
  const signalRow = (i: number): SignalRow => {
    const cached = rows.get(i);
    if (cached) return cached;
    const a = occupations[i]!;
    const row = Object.fromEntries(DONOR_SIGNALS.map((k) => [k, new Float32Array(n)])) as Record<
      DonorSignal,
      Float32Array
    >;
    for (let j = 0; j < n; j++) {
      const b = occupations[j]!;
      const zones = a.jobZone !== null && b.jobZone !== null ? Math.abs(a.jobZone - b.jobZone) : 9;
      row.related[j] = related[i]!.get(b.code) ?? 0;
      row.soc[j] = socScore(a.code, b.code);
      row.tasks[j] = technologySimilarity(tasks[i]!, tasks[j]!);
      row.technology[j] = technologySimilarity(tech[i]!, tech[j]!);
      row.interests[j] =
        a.interests && b.interests
          ? Math.max(0, correlation(a.interests.scores, b.interests.scores))
          : 0;
      row.jobZone[j] = zones === 0 ? 1 : zones === 1 ? 0.5 : 0;
    }
    rows.set(i, row);
    return row;
  };
  return {
    signalRow,
    scoreRow: (i, weights) => {
      const row = signalRow(i);
      const out = new Float64Array(n);
      for (const key of DONOR_SIGNALS) {
        const w = weights[key];
        if (w === 0) continue;
        const r = row[key];
        for (let j = 0; j < n; j++) out[j] = out[j]! + w * r[j]!;
      }
      return out;
    },
  };
}
