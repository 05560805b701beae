/** Value and derivative of φ(α) = f(x + α·d). */
export interface LinePoint {
  readonly alpha: number;
  readonly value: number;
  readonly slope: number;
}

/** Outcome of a line search: the accepted point, or null when no decrease was found. */
export interface LineSearchResult {
  readonly point: LinePoint | null;
  /** True when the point satisfies both strong Wolfe conditions (not only sufficient decrease). */
  readonly wolfe: boolean;
  readonly evaluations: number;
}

/** Tuning of the strong Wolfe search (Nocedal & Wright, Numerical Optimization, alg. 3.5–3.6). */
export interface WolfeOptions {
  /** Sufficient-decrease constant (default 1e-4). */
  readonly c1?: number;
  /** Curvature constant (default 0.9, the usual value for quasi-Newton methods). */
  readonly c2?: number;
  readonly maxEvaluations?: number;
  readonly alphaMax?: number;
}

const finite = (p: LinePoint) => Number.isFinite(p.value) && Number.isFinite(p.slope);

/** Minimizer of the cubic through (a, fa, da) and (b, fb, db), kept inside the safe part of [a, b]. */
function interpolate(lo: LinePoint, hi: LinePoint): number {
  const a = lo.alpha;
  const b = hi.alpha;
  const left = Math.min(a, b);
  const width = Math.abs(b - a);
  const safeLo = left + 0.1 * width;
  const safeHi = left + 0.9 * width;
  if (finite(hi)) {
    const d1 = lo.slope + hi.slope - (3 * (lo.value - hi.value)) / (a - b);
    const disc = d1 * d1 - lo.slope * hi.slope;
    if (disc >= 0) {
      const d2 = Math.sign(b - a) * Math.sqrt(disc);
      const t = b - (b - a) * ((hi.slope + d2 - d1) / (hi.slope - lo.slope + 2 * d2));
      if (Number.isFinite(t) && t >= safeLo && t <= safeHi) return t;
    }
  }
  return (a + b) / 2;
}

/**
 * Finds a step α > 0 along a descent direction satisfying the strong Wolfe conditions
 * φ(α) ≤ φ(0) + c1·α·φ'(0) and |φ'(α)| ≤ c2·|φ'(0)|: bracketing by expansion, then zooming with
 * safeguarded cubic interpolation. Non-finite values are treated as overshooting. If the
 * evaluation budget runs out, the best point with sufficient decrease is returned (wolfe: false).
 */
export function strongWolfeSearch(
  phi: (alpha: number) => { value: number; slope: number },
  value0: number,
  slope0: number,
  alphaInit: number,
  options: WolfeOptions = {},
): LineSearchResult {
  const c1 = options.c1 ?? 1e-4;
  const c2 = options.c2 ?? 0.9;
  const maxEvaluations = options.maxEvaluations ?? 40;
  const alphaMax = options.alphaMax ?? 1e10;
  let evaluations = 0;
  const at = (alpha: number): LinePoint => {
    evaluations += 1;
    const r = phi(alpha);
    return { alpha, value: r.value, slope: r.slope };
  };
  // Near the optimum c1·α·φ'(0) falls below the rounding error of φ, so sufficient decrease
  // can no longer be verified from values. Then accept Hager & Zhang's approximate condition:
  // φ within rounding of φ(0) and φ'(α) ≤ (2c1 − 1)·φ'(0), exact for a quadratic.
  const flat = 1e-12 * Math.max(1, Math.abs(value0));
  const armijo = (p: LinePoint) =>
    finite(p) &&
    (p.value <= value0 + c1 * p.alpha * slope0 ||
      (p.value <= value0 + flat && p.slope <= (2 * c1 - 1) * slope0));
  const curvature = (p: LinePoint) => Math.abs(p.slope) <= -c2 * slope0;
  const done = (point: LinePoint | null, wolfe: boolean): LineSearchResult => ({
    point,
    wolfe,
    evaluations,
  });

  const zoom = (loInit: LinePoint, hiInit: LinePoint): LineSearchResult => {
    let lo = loInit;
    let hi = hiInit;
    while (evaluations < maxEvaluations) {
      const p = at(interpolate(lo, hi));
      if (!armijo(p) || p.value > lo.value + flat) {
        hi = p;
      } else {
        if (curvature(p)) return done(p, true);
        if (p.slope * (hi.alpha - lo.alpha) >= 0) hi = lo;
        lo = p;
      }
      if (Math.abs(hi.alpha - lo.alpha) <= 1e-14 * Math.max(1, lo.alpha)) break;
    }
    return done(lo.alpha > 0 ? lo : null, false);
  };

  let prev: LinePoint = { alpha: 0, value: value0, slope: slope0 };
  let alpha = Math.min(alphaInit, alphaMax);
  for (let i = 0; evaluations < maxEvaluations; i++) {
    const p = at(alpha);
    if (!armijo(p) || (i > 0 && p.value > prev.value + flat)) return zoom(prev, p);
    if (curvature(p)) return done(p, true);
    if (p.slope >= 0) return zoom(p, prev);
    if (alpha >= alphaMax) return done(p, false);
    prev = p;
    alpha = Math.min(alpha * 4, alphaMax);
  }
  return done(prev.alpha > 0 ? prev : null, false);
}
