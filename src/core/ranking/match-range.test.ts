import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATED_SKILL_LEVEL, blankProfile } from '../domain/index.js';
import { HIGH_CONFIDENCE_MAX_WIDTH, confidenceOfRange, toConfidenceBasis } from './confidence.js';
import {
  RANGE_MARGINS,
  calibrationMargins,
  perturbationMargins,
  profileDetailOf,
  toMatchRange,
  type RangeMargins,
} from './match-range.js';

const margins = fc.record({
  below: fc.double({ min: -30, max: 60, noNaN: true }),
  above: fc.double({ min: -30, max: 60, noNaN: true }),
});

const parts = fc.record({
  percent: fc.double({ min: 0, max: 100, noNaN: true }),
  calibration: margins,
  perturbations: margins,
  detail: margins,
  widenPoints: fc.double({ min: 0, max: 30, noNaN: true }),
});

describe('match range', () => {
  it('always holds the shown (rounded) percentage, in whole percent within 0–100', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const r = toMatchRange(p);
        expect(Number.isInteger(r.low) && Number.isInteger(r.high)).toBe(true);
        expect(r.low).toBeGreaterThanOrEqual(0);
        expect(r.high).toBeLessThanOrEqual(100);
        expect(r.low).toBeLessThanOrEqual(Math.round(p.percent));
        expect(Math.round(p.percent)).toBeLessThanOrEqual(r.high);
      }),
      { seed: 13, numRuns: 500 },
    );
  });

  it('adds up its parts, rounded outwards', () => {
    const m = (below: number, above: number): RangeMargins => ({ below, above });
    expect(
      toMatchRange({
        percent: 35.4,
        calibration: m(5.2, 6.1),
        perturbations: m(3, 0),
        detail: m(14.5, 10.7),
        widenPoints: 0,
      }),
    ).toEqual({ low: 12, high: 53 });
    // A negative margin narrows the others, never past the percentage itself.
    expect(
      toMatchRange({
        percent: 50,
        calibration: m(2, 2),
        perturbations: m(0, 0),
        detail: m(-5, -1),
        widenPoints: 0,
      }),
    ).toEqual({ low: 50, high: 51 });
  });

  it('widens both sides by widenPoints (an occupation whose own data are estimated)', () => {
    const base = {
      percent: 40,
      calibration: { below: 5, above: 5 },
      perturbations: { below: 0, above: 0 },
      detail: { below: 0, above: 0 },
    };
    const plain = toMatchRange({ ...base, widenPoints: 0 });
    const wide = toMatchRange({ ...base, widenPoints: 10 });
    expect(wide).toEqual({ low: plain.low - 10, high: plain.high + 10 });
  });

  it('spans every perturbed percentage', () => {
    expect(perturbationMargins(40, [38, 47, 40, 29])).toEqual({ below: 11, above: 7 });
    expect(perturbationMargins(40, [])).toEqual({ below: 0, above: 0 });
  });

  it('takes a wider calibration interval from fewer occupations and near 50% than near 10%', () => {
    const width = (m: RangeMargins) => m.below + m.above;
    expect(width(calibrationMargins(0.35, 100))).toBeGreaterThan(
      width(calibrationMargins(0.35, 400)),
    );
    expect(width(calibrationMargins(0.5))).toBeGreaterThan(width(calibrationMargins(0.1)));
    // 80% Wilson interval of 35 of 100: about 29.1–41.2.
    const m = calibrationMargins(0.35, 100);
    expect(35 - m.below).toBeCloseTo(29.1, 0);
    expect(35 + m.above).toBeCloseTo(41.2, 0);
  });
});

describe('confidence from the range alone', () => {
  it('is never High for a range wider than 30 points (nor wider than 25)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        const range = { low: Math.min(a, b), high: Math.max(a, b) };
        const c = confidenceOfRange(range);
        if (range.high - range.low > 30) expect(c).not.toBe('High');
        expect(c === 'High').toBe(range.high - range.low <= HIGH_CONFIDENCE_MAX_WIDTH);
      }),
      { seed: 13, numRuns: 500 },
    );
  });

  it('steps from High to Medium to Low as the range widens', () => {
    expect(confidenceOfRange({ low: 30, high: 55 })).toBe('High');
    expect(confidenceOfRange({ low: 30, high: 56 })).toBe('Medium');
    expect(confidenceOfRange({ low: 10, high: 60 })).toBe('Medium');
    expect(confidenceOfRange({ low: 10, high: 61 })).toBe('Low');
  });

  it('keeps the basis consistent: the confidence and width of its own range', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const basis = toConfidenceBasis(p, 'stated');
        expect(basis.matchRange).toEqual(toMatchRange(p));
        expect(basis.widthPoints).toBe(basis.matchRange.high - basis.matchRange.low);
        expect(basis.confidence).toBe(confidenceOfRange(basis.matchRange));
      }),
      { seed: 13, numRuns: 200 },
    );
  });
});

describe('how much a profile tells', () => {
  const skills = (n: number) => {
    const levels = new Array<number | null>(35).fill(null);
    const sources = new Array<'stated-default' | null>(35).fill(null);
    for (let k = 0; k < n; k++) {
      levels[k] = DEFAULT_STATED_SKILL_LEVEL;
      sources[k] = 'stated-default';
    }
    return { skillLevels: levels, skillSources: sources };
  };
  const six = [1, 0.8, 0, 0, 0, 0];

  it('is complete for a profile inferred from a job, stated with 5 skills, interests and values, brief otherwise', () => {
    const inferred = {
      code: '15-1252.00' as never,
      skillImportance: [],
      abilityImportance: null,
      workStyleImpact: null,
    };
    expect(profileDetailOf(blankProfile({ inferred }))).toBe('complete');
    expect(profileDetailOf(blankProfile({ ...skills(5), interests: six, values: six }))).toBe(
      'stated',
    );
    expect(profileDetailOf(blankProfile({ ...skills(4), interests: six, values: six }))).toBe(
      'brief',
    );
    expect(profileDetailOf(blankProfile({ ...skills(8), interests: six }))).toBe('brief');
  });

  it('gives a brief profile margins at least as wide as a stated one, and both wider than a complete one', () => {
    const width = (m: RangeMargins) => m.below + m.above;
    expect(width(RANGE_MARGINS.brief)).toBeGreaterThanOrEqual(width(RANGE_MARGINS.stated));
    expect(width(RANGE_MARGINS.stated)).toBeGreaterThan(width(RANGE_MARGINS.complete));
  });
});
