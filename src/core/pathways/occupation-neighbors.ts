import type { Occupation } from '../domain/index.js';

/** How many most similar occupations count as an occupation's neighbours. */
export const NEIGHBOUR_COUNT = 40;

/** Which occupations a move may plausibly go to: O*NET-related ones and the most similar. */
export interface Neighbours {
  /** True when `b` is one of `a`'s nearest NEIGHBOUR_COUNT by skills and knowledge, or O*NET-related. */
  readonly near: (a: Occupation, b: Occupation) => boolean;
  /** Centred cosine similarity of skill and knowledge levels (−1…1); null when either is unrated. */
  readonly similarity: (a: Occupation, b: Occupation) => number | null;
}

function toLevels(o: Occupation): number[] | null {
  if (!o.skills || !o.knowledge) return null;
  return [...o.skills.map((r) => r.level), ...o.knowledge.map((r) => r.level)];
}

/**
 * Neighbours by the skill and knowledge levels an occupation needs, centred on the mean over
 * rated occupations (so the general skills every job rates do not make all jobs look alike),
 * plus O*NET's related occupations in either direction. Rows are computed when first asked.
 */
export function createNeighbours(
  occupations: readonly Occupation[],
  related: (a: Occupation, b: Occupation) => boolean,
): Neighbours {
  const rated = occupations.flatMap((o) => {
    const levels = toLevels(o);
    return levels ? [{ o, levels }] : [];
  });
  const dims = rated[0]?.levels.length ?? 0;
  const mean = new Array<number>(dims).fill(0);
  for (const r of rated) r.levels.forEach((x, i) => (mean[i]! += x / rated.length));
  const vectors = new Map<string, { v: number[]; norm: number }>();
  for (const r of rated) {
    const v = r.levels.map((x, i) => x - mean[i]!);
    vectors.set(r.o.code, { v, norm: Math.hypot(...v) || 1 });
  }
  const similarity = (a: Occupation, b: Occupation): number | null => {
    const x = vectors.get(a.code);
    const y = vectors.get(b.code);
    if (!x || !y) return null;
    let dot = 0;
    for (let i = 0; i < dims; i += 1) dot += x.v[i]! * y.v[i]!;
    return dot / (x.norm * y.norm);
  };
  const rows = new Map<string, Set<string>>();
  const nearest = (a: Occupation): Set<string> => {
    let row = rows.get(a.code);
    if (!row) {
      const scored = rated
        .filter((r) => r.o.code !== a.code)
        .map((r) => ({ code: r.o.code as string, s: similarity(a, r.o) ?? -2 }))
        .sort((p, q) => q.s - p.s || p.code.localeCompare(q.code));
      row = new Set(scored.slice(0, NEIGHBOUR_COUNT).map((r) => r.code));
      rows.set(a.code, row);
    }
    return row;
  };
  return {
    similarity,
    near: (a, b) => related(a, b) || nearest(a).has(b.code) || nearest(b).has(a.code),
  };
}
