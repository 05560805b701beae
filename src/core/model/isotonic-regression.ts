/**
 * A non-decreasing piecewise-linear map fitted by isotonic regression: the knots (x ascending,
 * y non-decreasing); between knots it interpolates linearly, outside it holds the end values
 * (as sklearn's IsotonicRegression with out_of_bounds='clip').
 */
export interface IsotonicMap {
  readonly x: readonly number[];
  readonly y: readonly number[];
}

/**
 * Fits y ≈ f(x) with f non-decreasing by pool-adjacent-violators (least squares, optional
 * weights). Equal x values are pooled first, so the map is a function. Blocks lighter than
 * `minBlockWeight` are then pooled with the neighbour whose mean is closer (pooling neighbours
 * keeps the means non-decreasing): without it, the few highest scores form a block of a handful
 * of positives and the map promises 100%. Each block keeps its smallest and largest x as knots
 * at the block's mean.
 */
export function fitIsotonic(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  weights?: ArrayLike<number>,
  minBlockWeight = 0,
): IsotonicMap {
  const n = x.length;
  if (y.length !== n || (weights && weights.length !== n))
    throw new RangeError('fitIsotonic: x, y and weights must have the same length');
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a]! - x[b]! || a - b);
  // Blocks as parallel stacks: Σw, Σw·y, smallest and largest x.
  const sw: number[] = [];
  const swy: number[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  for (const i of order) {
    const w = weights ? weights[i]! : 1;
    if (!(w > 0)) continue;
    const xi = x[i]!;
    let top = sw.length - 1;
    if (top >= 0 && hi[top] === xi) {
      sw[top]! += w;
      swy[top]! += w * y[i]!;
    } else {
      sw.push(w);
      swy.push(w * y[i]!);
      lo.push(xi);
      hi.push(xi);
      top++;
    }
    // Pool while the last block's mean is below the one before it.
    while (top > 0 && swy[top - 1]! / sw[top - 1]! >= swy[top]! / sw[top]!) {
      sw[top - 1]! += sw[top]!;
      swy[top - 1]! += swy[top]!;
      hi[top - 1] = hi[top]!;
      sw.pop();
      swy.pop();
      lo.pop();
      hi.pop();
      top--;
    }
  }
  poolLightBlocks({ sw, swy, lo, hi }, minBlockWeight);
  const knotsX: number[] = [];
  const knotsY: number[] = [];
  for (let b = 0; b < sw.length; b++) {
    const mean = swy[b]! / sw[b]!;
    knotsX.push(lo[b]!);
    knotsY.push(mean);
    if (hi[b]! > lo[b]!) {
      knotsX.push(hi[b]!);
      knotsY.push(mean);
    }
  }
  return { x: knotsX, y: knotsY };
}

interface Blocks {
  readonly sw: number[];
  readonly swy: number[];
  readonly lo: number[];
  readonly hi: number[];
}

/** Pools every block lighter than `min` into a neighbour, lightest first, until none is left. */
function poolLightBlocks(b: Blocks, min: number): void {
  const mean = (i: number) => b.swy[i]! / b.sw[i]!;
  for (;;) {
    let light = -1;
    for (let i = 0; i < b.sw.length; i++)
      if (b.sw[i]! < min && (light < 0 || b.sw[i]! < b.sw[light]!)) light = i;
    if (light < 0 || b.sw.length < 2) return;
    const left = light - 1;
    const right = light + 1;
    const into =
      left < 0
        ? right
        : right >= b.sw.length
          ? left
          : mean(light) - mean(left) <= mean(right) - mean(light)
            ? left
            : right;
    const [a, c] = into < light ? [into, light] : [light, into];
    b.sw[a]! += b.sw[c]!;
    b.swy[a]! += b.swy[c]!;
    b.hi[a] = b.hi[c]!;
    b.sw.splice(c, 1);
    b.swy.splice(c, 1);
    b.lo.splice(c, 1);
    b.hi.splice(c, 1);
  }
}

/** f(score): linear between knots, the end values outside them (NaN for an empty map). */
export function applyIsotonic(map: IsotonicMap, score: number): number {
  const { x, y } = map;
  const n = x.length;
  if (n === 0) return Number.NaN;
  if (score <= x[0]!) return y[0]!;
  if (score >= x[n - 1]!) return y[n - 1]!;
  let a = 0;
  let b = n - 1;
  // Invariant: x[a] < score < x[b].
  while (b - a > 1) {
    const m = (a + b) >> 1;
    if (x[m]! <= score) a = m;
    else b = m;
  }
  if (x[a] === score) return y[a]!;
  const t = (score - x[a]!) / (x[b]! - x[a]!);
  return y[a]! + t * (y[b]! - y[a]!);
}
