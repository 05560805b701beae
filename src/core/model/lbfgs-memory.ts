import { dot } from './logistic-loss.js';

/** The last m curvature pairs (s, y) of a quasi-Newton method, kept in a ring buffer. */
export interface LbfgsMemory {
  readonly capacity: number;
  readonly s: Float64Array[];
  readonly y: Float64Array[];
  readonly rho: Float64Array;
  readonly alpha: Float64Array;
  count: number;
  head: number;
}

/** An empty memory for vectors of length `size` holding up to `capacity` pairs. */
export function createLbfgsMemory(size: number, capacity = 10): LbfgsMemory {
  return {
    capacity,
    s: Array.from({ length: capacity }, () => new Float64Array(size)),
    y: Array.from({ length: capacity }, () => new Float64Array(size)),
    rho: new Float64Array(capacity),
    alpha: new Float64Array(capacity),
    count: 0,
    head: 0,
  };
}

/**
 * Stores the pair s = x_{k+1} − x_k, y = g_{k+1} − g_k when the curvature sᵀy is clearly
 * positive (otherwise the inverse-Hessian estimate would stop being positive definite).
 * Returns whether the pair was kept.
 */
export function pushPair(memory: LbfgsMemory, s: Float64Array, y: Float64Array): boolean {
  const sy = dot(s, y);
  const yy = dot(y, y);
  if (!(sy > 2.2e-16 * yy) || !(sy > 0)) return false;
  const slot = memory.head;
  memory.s[slot]!.set(s);
  memory.y[slot]!.set(y);
  memory.rho[slot] = 1 / sy;
  memory.head = (slot + 1) % memory.capacity;
  memory.count = Math.min(memory.count + 1, memory.capacity);
  return true;
}

/** Forgets every pair (after a failed line search the curvature model is not trusted). */
export function resetMemory(memory: LbfgsMemory): void {
  memory.count = 0;
  memory.head = 0;
}

/**
 * Two-loop recursion: writes d = −H·g, where H is the L-BFGS inverse-Hessian estimate with the
 * usual initial scaling γ = sᵀy / yᵀy of the newest pair. With no pairs, d = −g.
 */
export function lbfgsDirection(memory: LbfgsMemory, g: Float64Array, d: Float64Array): void {
  const n = g.length;
  for (let i = 0; i < n; i++) d[i] = -g[i]!;
  const { count, capacity } = memory;
  if (count === 0) return;
  const newest = (memory.head - 1 + capacity) % capacity;
  for (let k = 0; k < count; k++) {
    const slot = (newest - k + capacity) % capacity;
    const s = memory.s[slot]!;
    const a = memory.rho[slot]! * dot(s, d);
    memory.alpha[slot] = a;
    const y = memory.y[slot]!;
    for (let i = 0; i < n; i++) d[i]! -= a * y[i]!;
  }
  const yNew = memory.y[newest]!;
  const gamma = 1 / (memory.rho[newest]! * dot(yNew, yNew));
  for (let i = 0; i < n; i++) d[i]! *= gamma;
  for (let k = count - 1; k >= 0; k--) {
    const slot = (newest - k + capacity) % capacity;
    const y = memory.y[slot]!;
    const beta = memory.rho[slot]! * dot(y, d);
    const coef = memory.alpha[slot]! - beta;
    const s = memory.s[slot]!;
    for (let i = 0; i < n; i++) d[i]! += coef * s[i]!;
  }
}
