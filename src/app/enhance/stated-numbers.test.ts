import { describe, expect, it } from 'vitest';
import { extractStatedNumbers, isAllowedNumber } from './stated-numbers.js';

const values = (text: string) => extractStatedNumbers(text).map((n) => n.value);

describe('extractStatedNumbers', () => {
  it('normalises money written in different ways to the same value', () => {
    expect(values('$96,800 or 96800 or 96.8k or $96.8 thousand')).toEqual([
      96800, 96800, 96800, 96800,
    ]);
    expect(values('$1.2 million')).toEqual([1_200_000]);
  });

  it('keeps listed small numbers apart and reads decimals and percents', () => {
    expect(values('levels 3, 4 and 5; 17.9% growth; -3% change')).toEqual([3, 4, 5, 17.9, 3]);
  });

  it('does not read a unit word as a multiplier', () => {
    expect(values('5 months, 2 methods')).toEqual([5, 2]);
  });
});

describe('isAllowedNumber', () => {
  const allowed = [96800, 17.9, 4.3, 5];
  const ok = (text: string) => extractStatedNumbers(text).every((n) => isAllowedNumber(n, allowed));
  it('accepts the notation’s rounding', () => {
    expect(ok('$97k')).toBe(true);
    expect(ok('$97,000')).toBe(true);
    expect(ok('18%')).toBe(true);
    expect(ok('4.3 and 5')).toBe(true);
  });
  it('rejects more than 1% off or a different level', () => {
    expect(ok('$100k')).toBe(false);
    expect(ok('$100,000')).toBe(false);
    expect(ok('4')).toBe(false);
    expect(ok('20%')).toBe(false);
  });
});
