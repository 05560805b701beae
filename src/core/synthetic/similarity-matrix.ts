import { INTEREST_OFFSET, type CareerProfile } from '../features/index.js';

/** Pairwise skill and interest correlations of a set of occupations, computed once. */
export interface SimilarityMatrix {
  readonly size: number;
  /** Correlation of skill-importance profiles, row-major size × size. */
  readonly skills: Float64Array;
  /** Correlation of RIASEC profiles, row-major size × size. */
  readonly interests: Float64Array;
}

function zRows(rows: readonly ArrayLike<number>[]): Float64Array[] {
  return rows.map((row) => {
    const n = row.length;
    let mean = 0;
    for (let i = 0; i < n; i++) mean += row[i]!;
    mean /= n;
    const z = Float64Array.from(row, (x) => x - mean);
    const norm = Math.sqrt(z.reduce((a, b) => a + b * b, 0));
    return norm === 0 ? z : z.map((x) => x / norm);
  });
}

function correlations(z: readonly Float64Array[]): Float64Array {
  const n = z.length;
  const out = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = a; b < n; b++) {
      const za = z[a]!;
      const zb = z[b]!;
      let s = 0;
      for (let k = 0; k < za.length; k++) s += za[k]! * zb[k]!;
      out[a * n + b] = s;
      out[b * n + a] = s;
    }
  }
  return out;
}

/** Computes the skill and interest correlation matrices (Pearson) of `careers`. */
export function toSimilarityMatrix(careers: readonly CareerProfile[]): SimilarityMatrix {
  return {
    size: careers.length,
    skills: correlations(zRows(careers.map((c) => c.skillImportance))),
    interests: correlations(
      zRows(careers.map((c) => c.vector.subarray(INTEREST_OFFSET, INTEREST_OFFSET + 6))),
    ),
  };
}

/** The combined similarity of `profileSimilarity`, read from the matrix. */
export function matrixSimilarity(m: SimilarityMatrix, a: number, b: number): number {
  const i = a * m.size + b;
  return 0.65 * Math.max(0, m.skills[i]!) + 0.35 * Math.max(0, m.interests[i]!);
}
