import { describe, expect, it } from 'vitest';
import { logSigmoid, sigmoid, softplus } from './sigmoid.js';

describe('sigmoid, logSigmoid, softplus', () => {
  it('is 1/2 at zero and symmetric: σ(−z) = 1 − σ(z)', () => {
    expect(sigmoid(0)).toBe(0.5);
    for (const z of [0.1, 1, 5, 20]) expect(sigmoid(-z)).toBeCloseTo(1 - sigmoid(z), 15);
  });

  it('never overflows or returns NaN for extreme inputs', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(logSigmoid(-1000)).toBe(-1000);
    expect(logSigmoid(1000)).toBe(-0);
    expect(softplus(1000)).toBe(1000);
    expect(softplus(-1000)).toBe(0);
  });

  it('keeps precision in the tails where the naive log(σ) loses it', () => {
    // log σ(−40) = −40 − log(1 + e^−40): the naive form gives log(4.25e-18), fine, but at −800 it is −∞.
    expect(logSigmoid(-40)).toBeCloseTo(-40 - Math.exp(-40), 12);
    expect(logSigmoid(40)).toBeCloseTo(-Math.exp(-40), 30);
    expect(softplus(3)).toBeCloseTo(Math.log(1 + Math.exp(3)), 14);
    expect(softplus(-3)).toBeCloseTo(Math.log(1 + Math.exp(-3)), 14);
  });
});
