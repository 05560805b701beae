import { describe, expect, it } from 'vitest';
import { createRng } from '../random/index.js';
import { decidePromotion, type PairedCheck } from './promotion-decision.js';

// Per-source NDCG@10 of the active model: 200 held-out sources with a realistic spread.
const noise = createRng(11);
const current = Array.from({ length: 200 }, () => 0.2 + 0.6 * noise.next());
const shifted = (by: number, jitter: number) => {
  const rng = createRng(12);
  return current.map((v) => v + by + jitter * (rng.next() - 0.5));
};
const check = (candidate: readonly number[], tolerance = 0.01): PairedCheck => ({
  name: 'sparse NDCG@10 on held-out sources',
  unit: 'sources',
  higherIsBetter: true,
  tolerance,
  candidate,
  current,
});

describe('promotion decision', () => {
  it('promotes a candidate that is better with 95% confidence and records its numbers', () => {
    const d = decidePromotion([check(shifted(0.02, 0.05))], createRng(1));
    expect(d.promote).toBe(true);
    expect(d.checks[0]!.verdict).toBe('better');
    expect(d.checks[0]!.improvement.low).toBeGreaterThan(0);
    expect(d.checks[0]!.improvement.mean).toBeCloseTo(0.02, 2);
    expect(d.reason).toMatch(/^better with 95% confidence: promoted/);
  });

  it('keeps the current model for an equal candidate unless an operator forces it', () => {
    const equal = decidePromotion([check(current)], createRng(1));
    expect(equal.promote).toBe(false);
    expect(equal.checks[0]!.verdict).toBe('no clear difference');
    expect(equal.reason).toMatch(/not better with 95% confidence/);
    const noisyEqual = decidePromotion([check(shifted(0, 0.2))], createRng(1));
    expect(noisyEqual.promote).toBe(false);
    const forced = decidePromotion([check(current)], createRng(1), { force: true });
    expect(forced.promote).toBe(true);
    expect(forced.forced).toBe(true);
    expect(forced.reason).toMatch(/forced by the operator, within tolerance/);
  });

  it('refuses a worse candidate, and refuses it even when forced once beyond the tolerance', () => {
    const worse = decidePromotion([check(shifted(-0.03, 0.05))], createRng(1));
    expect(worse.promote).toBe(false);
    expect(worse.checks[0]!.verdict).toBe('worse');
    const forced = decidePromotion([check(shifted(-0.03, 0.05))], createRng(1), { force: true });
    expect(forced.promote).toBe(false);
    expect(forced.reason).toMatch(/refused/);
    const slightlyWorse = decidePromotion([check(shifted(-0.003, 0.01))], createRng(1), {
      force: true,
    });
    expect(slightlyWorse.checks[0]!.verdict).toBe('worse');
    expect(slightlyWorse.promote).toBe(true);
  });

  it('refuses a candidate that is better on one check but worse on another', () => {
    const d = decidePromotion(
      [check(shifted(0.02, 0.05)), { ...check(shifted(-0.02, 0.05)), name: 'full NDCG@10' }],
      createRng(1),
    );
    expect(d.promote).toBe(false);
    expect(d.reason).toMatch(/worse with 95% confidence on a check/);
  });

  it('reads a lower-is-better metric (log loss) the right way round', () => {
    const lossCheck: PairedCheck = {
      ...check(current.map((v) => v - 0.05)),
      name: 'held-out feedback log loss',
      unit: 'people',
      higherIsBetter: false,
    };
    const d = decidePromotion([lossCheck], createRng(1));
    expect(d.checks[0]!.verdict).toBe('better');
    expect(d.checks[0]!.improvement.mean).toBeCloseTo(0.05, 10);
  });

  it('promotes when there is no active model, and is the same for the same seed', () => {
    expect(decidePromotion(null, createRng(1)).promote).toBe(true);
    const a = decidePromotion([check(shifted(0.005, 0.1))], createRng(5));
    expect(decidePromotion([check(shifted(0.005, 0.1))], createRng(5))).toEqual(a);
  });
});
