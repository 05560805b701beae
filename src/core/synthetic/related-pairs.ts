import {
  inferProfileFromOccupation,
  type Occupation,
  type RelatednessTier,
  type UserProfile,
} from '../domain/index.js';
import type { CareerProfile } from '../features/index.js';
import type { Rng } from '../random/index.js';
import { toSelfReport } from './self-report.js';

/** Gain of each relatedness tier (as in the evaluation's NDCG); also the positive sample weight. */
export const TIER_GAIN: Readonly<Record<RelatednessTier, number>> = {
  'Primary-Short': 3,
  'Primary-Long': 2,
  Supplemental: 1,
};

/** One training pair grounded in O*NET's related occupations. */
export interface RelatedPair {
  readonly user: UserProfile;
  readonly sourceIndex: number;
  readonly careerIndex: number;
  readonly label: 0 | 1;
  readonly weight: number;
  readonly kind: 'self' | RelatednessTier | 'random-negative' | 'near-negative';
  readonly query: 'sparse' | 'full';
}

/** Options of the related-pairs generator. */
export interface RelatedPairOptions {
  readonly pairs: number;
  /** Only these source occupations (indices into careers) may be used: the training folds. */
  readonly sources: readonly number[];
  /** Share of queries that are full occupation profiles rather than sparse self-reports. */
  readonly fullShare?: number;
  /** Share of negatives drawn among the most similar unrelated occupations. */
  readonly nearNegativeShare?: number;
}

/**
 * Pairs from O*NET's expert-reviewed Related Occupations: a person synthesized from occupation A
 * (sparse self-report or A's full profile) is a good match for A itself and for A's related
 * occupations (weighted by tier) and a bad match for unrelated ones, some of them chosen among
 * the most similar unrelated occupations so the model learns the fine distinctions. Only
 * `options.sources` are used as A, so held-out folds never leak into training.
 */
export function generateRelatedPairs(
  careers: readonly CareerProfile[],
  occupations: readonly Occupation[],
  related: ReadonlyMap<number, readonly { index: number; tier: RelatednessTier }[]>,
  nearest: (source: number) => readonly number[],
  options: RelatedPairOptions,
  rng: Rng,
): RelatedPair[] {
  const sources = options.sources.filter((s) => (related.get(s)?.length ?? 0) > 0);
  const fullShare = options.fullShare ?? 0.3;
  const nearShare = options.nearNegativeShare ?? 0.5;
  const out: RelatedPair[] = [];
  if (sources.length === 0) return out;
  while (out.length < options.pairs) {
    const source = rng.pick(sources);
    const full = rng.next() < fullShare;
    const user = full
      ? inferProfileFromOccupation(occupations[careers[source]!.catalogIndex]!)
      : toSelfReport(careers[source]!, rng, { skillNoise: 0.15, rateProbability: 0.3 });
    const query = full ? 'full' : 'sparse';
    const rel = related.get(source)!;
    const relatedSet = new Set(rel.map((r) => r.index));
    // One positive and one negative per draw keeps the classes balanced.
    if (!full && rng.next() < 0.2) {
      out.push({
        user,
        sourceIndex: source,
        careerIndex: source,
        label: 1,
        weight: 3,
        kind: 'self',
        query,
      });
    } else {
      const r = rng.pick(rel);
      out.push({
        user,
        sourceIndex: source,
        careerIndex: r.index,
        label: 1,
        weight: TIER_GAIN[r.tier],
        query,
        kind: r.tier,
      });
    }
    const near = nearest(source).filter((i) => i !== source && !relatedSet.has(i));
    let negative: number;
    let kind: RelatedPair['kind'];
    if (near.length > 0 && rng.next() < nearShare) {
      negative = rng.pick(near);
      kind = 'near-negative';
    } else {
      do negative = rng.int(careers.length);
      while (negative === source || relatedSet.has(negative));
      kind = 'random-negative';
    }
    out.push({
      user,
      sourceIndex: source,
      careerIndex: negative,
      label: 0,
      weight: 2,
      kind,
      query,
    });
  }
  return out.slice(0, options.pairs);
}
