import { describe, expect, it } from 'vitest';
import { createRng } from './index.js';

const draws = (seed: number, n: number) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draws(42, 50)).toEqual(draws(42, 50));
  });

  it('pins the first draws of seed 42 so a library or algorithm change cannot pass unnoticed', () => {
    const rng = createRng(42);
    const got = [rng.next(), rng.int(1000), rng.normal()];
    expect(got).toMatchInlineSnapshot(`
      [
        0.7682876629375609,
        170,
        -0.3169503168604853,
      ]
    `);
  });

  it('gives different sequences for nearby seeds, including negative and large ones', () => {
    const seeds = [0, 1, 2, -1, 2 ** 32, 2 ** 32 + 1, Number.MAX_SAFE_INTEGER];
    const firsts = seeds.map((s) => draws(s, 4).join(','));
    expect(new Set(firsts).size).toBe(seeds.length);
  });

  it('rejects seeds that are not safe integers', () => {
    expect(() => createRng(1.5)).toThrow(RangeError);
    expect(() => createRng(Number.NaN)).toThrow(RangeError);
    expect(() => createRng(2 ** 60)).toThrow(RangeError);
  });

  it('keeps next() in [0, 1) with a mean near 1/2 and variance near 1/12', () => {
    const xs = draws(7, 100_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });

  it('draws int(k) uniformly over 0..k-1 (chi-square well under the 0.1% critical value)', () => {
    const rng = createRng(11);
    const k = 10;
    const n = 50_000;
    const counts = new Array<number>(k).fill(0);
    let outOfRange = 0;
    for (let i = 0; i < n; i++) {
      const v = rng.int(k);
      if (!Number.isInteger(v) || v < 0 || v >= k) outOfRange += 1;
      else counts[v]! += 1;
    }
    expect(outOfRange).toBe(0);
    const expected = n / k;
    const chi2 = counts.reduce((a, c) => a + (c - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(27.88); // chi-square, 9 degrees of freedom, p = 0.001
    expect(rng.int(1)).toBe(0);
  });

  it('rejects int() bounds that are not positive integers', () => {
    const rng = createRng(1);
    expect(() => rng.int(0)).toThrow(RangeError);
    expect(() => rng.int(2.5)).toThrow(RangeError);
  });

  it('draws normals with the requested mean, standard deviation and near-zero skew', () => {
    const rng = createRng(3);
    const n = 100_000;
    const xs = Array.from({ length: n }, () => rng.normal(5, 2));
    const mean = xs.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / n);
    const skew = xs.reduce((a, x) => a + ((x - mean) / sd) ** 3, 0) / n;
    const within1 = xs.filter((x) => Math.abs(x - 5) < 2).length / n;
    expect(Math.abs(mean - 5)).toBeLessThan(0.03);
    expect(Math.abs(sd - 2)).toBeLessThan(0.03);
    expect(Math.abs(skew)).toBeLessThan(0.05);
    expect(Math.abs(within1 - 0.6827)).toBeLessThan(0.01);
  });

  it('shuffles a copy, keeps every item and leaves the input unchanged', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const frozen = Object.freeze(items.slice());
    const shuffled = createRng(5).shuffle(frozen);
    expect(shuffled).not.toBe(frozen);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });

  it('puts each item in each position about equally often when shuffling', () => {
    const rng = createRng(9);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 20_000; i++) counts[rng.shuffle([0, 1, 2, 3]).indexOf(0)]! += 1;
    for (const c of counts) expect(Math.abs(c - 5000)).toBeLessThan(300);
  });

  it('picks only items of the list and throws on an empty list', () => {
    const rng = createRng(2);
    const items = ['a', 'b', 'c'];
    const seen = new Set(Array.from({ length: 100 }, () => rng.pick(items)));
    expect([...seen].sort()).toEqual(items);
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it('samples k distinct items without replacement, each about equally often', () => {
    const rng = createRng(4);
    const items = Array.from({ length: 10 }, (_, i) => i);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const s = rng.sample(items, 3);
      expect(new Set(s).size).toBe(3);
      for (const v of s) counts[v]! += 1;
    }
    for (const c of counts) expect(Math.abs(c - 3000)).toBeLessThan(200);
    expect(rng.sample(items, 0)).toEqual([]);
    expect([...rng.sample(items, 10)].sort((a, b) => a - b)).toEqual(items);
    expect(() => rng.sample(items, 11)).toThrow(RangeError);
  });
});

describe('fork', () => {
  it('derives the same stream from the same seed and label, whatever the parent drew before', () => {
    const a = createRng(42);
    const b = createRng(42);
    for (let i = 0; i < 17; i++) b.next();
    const fa = a.fork('pairs');
    const fb = b.fork('pairs');
    expect(Array.from({ length: 10 }, () => fa.next())).toEqual(
      Array.from({ length: 10 }, () => fb.next()),
    );
  });

  it('does not advance the parent stream', () => {
    const a = createRng(42);
    a.fork('x').next();
    expect(a.next()).toBe(createRng(42).next());
  });

  it('gives different streams for different labels, seeds and nesting', () => {
    const first = (rng: ReturnType<typeof createRng>) => [rng.next(), rng.next()].join(',');
    const root = createRng(1);
    const variants = [
      first(createRng(1)),
      first(root.fork('a')),
      first(root.fork('b')),
      first(root.fork('ab')),
      first(root.fork('a').fork('b')),
      first(root.fork('b').fork('a')),
      first(createRng(2).fork('a')),
    ];
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('makes forked streams uncorrelated with their parent and with each other', () => {
    const root = createRng(99);
    const a = root.fork('users');
    const b = root.fork('careers');
    const n = 20_000;
    const xs = Array.from({ length: n }, () => root.next() - 0.5);
    const ys = Array.from({ length: n }, () => a.next() - 0.5);
    const zs = Array.from({ length: n }, () => b.next() - 0.5);
    const corr = (u: number[], v: number[]) => {
      const dot = u.reduce((s, x, i) => s + x * v[i]!, 0);
      const norm = (w: number[]) => Math.sqrt(w.reduce((s, x) => s + x * x, 0));
      return dot / (norm(u) * norm(v));
    };
    // |r| < 4/sqrt(n) ≈ 0.028 for independent streams with overwhelming probability.
    expect(Math.abs(corr(xs, ys))).toBeLessThan(0.028);
    expect(Math.abs(corr(xs, zs))).toBeLessThan(0.028);
    expect(Math.abs(corr(ys, zs))).toBeLessThan(0.028);
  });
});
