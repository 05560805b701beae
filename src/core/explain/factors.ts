import { FEATURES, type FactorKind, type FeatureFactor } from '../features/index.js';
import type { Factor } from './explanation-schema.js';

export type { FactorKind } from '../features/index.js';

/**
 * Groups per-feature contributions into factors (each feature's record names its factor),
 * largest first. Person-only features have none: they move every career's score alike, so they
 * say nothing about why this one fits.
 */
export function toFactors(contributions: ArrayLike<number>): Factor[] {
  const sums = new Float64Array(FACTORS.length);
  for (let j = 0; j < SLOT_OF_FEATURE.length; j++) {
    const slot = SLOT_OF_FEATURE[j]!;
    if (slot >= 0) sums[slot]! += contributions[j] ?? 0;
  }
  const factors: Factor[] = [];
  FACTORS.forEach((f, slot) => {
    if (sums[slot] !== 0) factors.push({ ...f, contribution: sums[slot]! });
  });
  return factors.sort((a, b) => b.contribution - a.contribution || a.id.localeCompare(b.id));
}

/** The factors in the order their first feature comes (each with its kind and label). */
const FACTORS: { id: string; kind: FactorKind; label: string }[] = [];
/** Each feature's place in FACTORS, or −1 for a person-only feature (no factor). */
const SLOT_OF_FEATURE = Int32Array.from(FEATURES, (feature) => {
  const f: FeatureFactor | null = feature.factor;
  if (!f) return -1;
  let slot = FACTORS.findIndex((x) => x.id === f.id);
  if (slot < 0) slot = FACTORS.push({ id: f.id, kind: f.kind, label: f.label }) - 1;
  return slot;
});
