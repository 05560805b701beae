import { FEATURES, type FactorKind, type FeatureFactor } from '../features/index.js';
import type { Factor } from './explanation-schema.js';

export type { FactorKind } from '../features/index.js';

/**
 * Groups per-feature contributions into factors (each feature's record names its factor),
 * largest first. Person-only features have none: they move every career's score alike, so they
 * say nothing about why this one fits.
 */
export function toFactors(contributions: ArrayLike<number>): Factor[] {
  const sums = new Map<string, { kind: FactorKind; label: string; contribution: number }>();
  FEATURES.forEach((feature, j) => {
    const f: FeatureFactor | null = feature.factor;
    if (!f) return;
    const entry = sums.get(f.id) ?? { kind: f.kind, label: f.label, contribution: 0 };
    entry.contribution += contributions[j] ?? 0;
    sums.set(f.id, entry);
  });
  return [...sums.entries()]
    .map(([id, e]) => ({ id, ...e }))
    .filter((f) => f.contribution !== 0)
    .sort((a, b) => b.contribution - a.contribution || a.id.localeCompare(b.id));
}
