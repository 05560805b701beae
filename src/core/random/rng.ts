import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { forkKey, keyToState, seedKey, type StreamKey } from './stream-key.js';

/** A seeded, mutable source of random numbers; every draw advances this stream only. */
export interface Rng {
  /** A uniform float in [0, 1) with 53 random bits. */
  next(): number;
  /** A uniform integer in [0, maxExclusive); `maxExclusive` must be a positive safe integer. */
  int(maxExclusive: number): number;
  /** A normal draw (Box–Muller), mean 0 and standard deviation 1 unless given. */
  normal(mean?: number, sd?: number): number;
  /** A shuffled copy of `items` (Fisher–Yates); the input is not changed. */
  shuffle<T>(items: readonly T[]): T[];
  /** One uniformly chosen item; throws on an empty list. */
  pick<T>(items: readonly T[]): T;
  /** `k` distinct items chosen uniformly without replacement, in random order. */
  sample<T>(items: readonly T[], k: number): T[];
  /**
   * An independent stream derived from this stream's seed path and `label` (not from its
   * current state): the same label always gives the same stream, whatever was drawn before.
   */
  fork(label: string): Rng;
}

const TWO_PI = 2 * Math.PI;

function createRngFromKey(key: StreamKey): Rng {
  const generator = xoroshiro128plusFromState(keyToState(key));

  const next = (): number => uniformFloat64(generator);

  const int = (maxExclusive: number): number => {
    if (!Number.isSafeInteger(maxExclusive) || maxExclusive < 1) {
      throw new RangeError(`int(maxExclusive) needs a positive integer, got ${maxExclusive}`);
    }
    return maxExclusive === 1 ? 0 : uniformInt(generator, 0, maxExclusive - 1);
  };

  const normal = (mean = 0, sd = 1): number => {
    // 1 - next() lies in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - next()));
    return mean + sd * radius * Math.cos(TWO_PI * next());
  };

  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(i + 1);
      const tmp = copy[i]!;
      copy[i] = copy[j]!;
      copy[j] = tmp;
    }
    return copy;
  };

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick() needs at least one item');
    return items[int(items.length)]!;
  };

  const sample = <T>(items: readonly T[], k: number): T[] => {
    if (!Number.isSafeInteger(k) || k < 0 || k > items.length) {
      throw new RangeError(`sample() needs 0 ≤ k ≤ ${items.length}, got ${k}`);
    }
    // Partial Fisher–Yates over indices: O(k) swaps, uniform over ordered k-subsets.
    const index = Array.from({ length: items.length }, (_, i) => i);
    const out: T[] = [];
    for (let i = 0; i < k; i++) {
      const j = i + int(items.length - i);
      const tmp = index[i]!;
      index[i] = index[j]!;
      index[j] = tmp;
      out.push(items[index[i]!]!);
    }
    return out;
  };

  const fork = (label: string): Rng => createRngFromKey(forkKey(key, label));

  return { next, int, normal, shuffle, pick, sample, fork };
}

/**
 * A seeded random stream (xoroshiro128+ from pure-rand): the same seed gives the same sequence
 * on every run and machine. `seed` must be a safe integer.
 */
export function createRng(seed: number): Rng {
  return createRngFromKey(seedKey(seed));
}
