import type { CareerProfile } from '../features/index.js';
import { INTEREST_OFFSET } from '../features/index.js';

/** Pearson correlation of two equally long numeric sequences (0 when either is constant). */
export function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i]! - ma;
    const db = b[i]! - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return saa === 0 || sbb === 0 ? 0 : sab / Math.sqrt(saa * sbb);
}

/** Correlation of two occupations' skill-importance profiles. */
export function skillSimilarity(a: CareerProfile, b: CareerProfile): number {
  return pearson(a.skillImportance, b.skillImportance);
}

/** Correlation of two occupations' RIASEC (OI) profiles. */
export function interestSimilarity(a: CareerProfile, b: CareerProfile): number {
  return pearson(
    a.vector.subarray(INTEREST_OFFSET, INTEREST_OFFSET + 6),
    b.vector.subarray(INTEREST_OFFSET, INTEREST_OFFSET + 6),
  );
}

/**
 * How alike two occupations are, in [0, 1]: 0.65 × max(0, skill-importance correlation)
 * + 0.35 × max(0, RIASEC correlation). On O*NET 30.1 its median over all pairs is 0.55 and
 * O*NET's expert-reviewed related occupations sit at a median of about 0.9, so the match-type
 * bands (strong 70–90%, moderate 50–70%, weak 30–50%, poor 0–30%) are all well populated.
 */
export function profileSimilarity(a: CareerProfile, b: CareerProfile): number {
  return 0.65 * Math.max(0, skillSimilarity(a, b)) + 0.35 * Math.max(0, interestSimilarity(a, b));
}
