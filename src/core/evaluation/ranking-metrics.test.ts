import { describe, expect, it } from 'vitest';
import { createRng } from '../random/index.js';
import { bootstrapMean } from './bootstrap.js';
import { dcg, ndcgAt, recallAt, reciprocalRank } from './ranking-metrics.js';

describe('ranking metrics', () => {
  it('computes DCG with the log2(i + 2) discount', () => {
    expect(dcg([3, 2, 1], 3)).toBeCloseTo(3 + 2 / Math.log2(3) + 1 / 2, 12);
  });

  it('gives NDCG 1 for the ideal order and less for a worse one', () => {
    const rel = new Map([
      [10, 3],
      [11, 2],
      [12, 1],
    ]);
    expect(ndcgAt([10, 11, 12, 99], rel, 10)).toBeCloseTo(1, 12);
    const worse = ndcgAt([12, 99, 11, 10], rel, 10);
    const expected = (1 + 0 + 2 / 2 + 3 / Math.log2(5)) / (3 + 2 / Math.log2(3) + 0.5);
    expect(worse).toBeCloseTo(expected, 12);
    expect(ndcgAt([99], new Map(), 10)).toBe(0);
  });

  it('counts recall over the relevant set and the reciprocal rank of the first hit', () => {
    const relevant = new Set([1, 2, 3, 4]);
    expect(recallAt([5, 1, 6, 2], relevant, 3)).toBe(0.25);
    expect(reciprocalRank([5, 6, 3], relevant)).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRank([5, 6], relevant)).toBe(0);
  });

  it('brackets the mean with a seeded bootstrap interval', () => {
    const values = Array.from({ length: 400 }, (_, i) => (i % 10) / 10);
    const e = bootstrapMean(values, createRng(7));
    expect(e.mean).toBeCloseTo(0.45, 12);
    expect(e.low).toBeLessThan(0.45);
    expect(e.high).toBeGreaterThan(0.45);
    expect(e.high - e.low).toBeLessThan(0.1);
    expect(bootstrapMean(values, createRng(7))).toEqual(e);
  });
});
