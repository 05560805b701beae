import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/random/index.js';
import { toConfidenceBasis, type ProfileDetail } from '../../core/ranking/index.js';
import type { RangeItem } from './measure-match-ranges.js';
import { coverageVerdicts } from './range-coverage-markdown.js';
import {
  conformalQuantile,
  coverageRows,
  fitDetailMargins,
  rangeWith,
  type CoverageRow,
} from './range-coverage.js';
import { createTruthTable, toStanding } from './range-truth.js';

const zero = { below: 0, above: 0 };

/** Items whose truth is the percentage plus noise of the given spread (seeded). */
function items(n: number, spread: number, role: RangeItem['role'], seed: number): RangeItem[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, (_, i) => {
    const percent = 20 + 40 * rng.next();
    const parts = {
      percent,
      calibration: { below: 2, above: 2 },
      perturbations: zero,
      detail: zero,
      widenPoints: 0,
    };
    const detail: ProfileDetail = 'stated';
    return {
      fold: 0,
      role,
      source: i,
      kind: 'sparse',
      rank: (i % 10) + 1,
      percent,
      basis: toConfidenceBasis(parts, detail),
      related: rng.next() < percent / 100,
      standing: toStanding(1, percent),
      truth: percent + spread * (2 * rng.next() - 1),
    };
  });
}

describe('range margins and coverage', () => {
  it('takes the conformal quantile: the ⌈(n + 1)q⌉-th smallest', () => {
    const xs = [5, 1, 4, 2, 3, 9, 8, 7, 6, 10];
    expect(conformalQuantile(xs, 0.9)).toBe(10);
    expect(conformalQuantile(xs, 0.5)).toBe(6);
    expect(conformalQuantile([], 0.9)).toBe(0);
  });

  it('fits margins on some items that hold about 80% of new items’ truths, 10% on each side', () => {
    const fit = items(2000, 20, 'fit', 1);
    const test = items(2000, 20, 'test', 2);
    const margins = fitDetailMargins(fit);
    // Uniform noise of ±20 around the percentage: the 90% quantile is 16 points, 2 of them the interval.
    expect(margins.stated.below).toBeCloseTo(14, 0);
    expect(margins.stated.above).toBeCloseTo(14, 0);
    const [row] = coverageRows([...fit, ...test], () => margins).filter(
      (r) => r.kind === 'sparse',
    ) as [CoverageRow];
    expect(row.items).toBe(2000);
    expect(row.covered).toBeGreaterThan(0.77);
    expect(row.covered).toBeLessThan(0.85);
    expect(row.belowRange).toBeGreaterThan(0.06);
    expect(row.aboveRange).toBeGreaterThan(0.06);
  });

  it('counts a range as covering only when the truth lies inside it', () => {
    const [item] = items(1, 0, 'test', 3) as [RangeItem];
    const far = { ...item, truth: item.percent + 50 };
    const range = rangeWith(far, fitDetailMargins([]));
    expect(far.truth).toBeGreaterThan(range.high);
    const [row] = coverageRows([far], () => fitDetailMargins([])).filter(
      (r) => r.kind === 'sparse',
    ) as [CoverageRow];
    expect(row.covered).toBe(0);
    expect(row.aboveRange).toBe(1);
  });

  it('says whether each kind meets the nominal rate, and by how much it misses', () => {
    const row = (kind: CoverageRow['kind'], covered: number) => ({ kind, covered }) as CoverageRow;
    const [met, over, under] = coverageVerdicts([
      row('sparse', 0.82),
      row('full', 0.908),
      row('brief', 0.7),
    ]);
    expect(met).toContain('**met**');
    expect(over).toContain('**NOT met**: over by 10.8 points');
    expect(under).toContain('**NOT met**: under by 10.0 points');
  });
});

describe('range truth', () => {
  it('puts an occupation in its rank band and 5-point bin', () => {
    expect(toStanding(1, 37.2)).toEqual({ band: 0, bin: 7 });
    expect(toStanding(10, 100)).toEqual({ band: 0, bin: 20 });
    expect(toStanding(11, 12)).toEqual({ band: 1, bin: 2 });
    expect(toStanding(51, 0)).toEqual({ band: 2, bin: 0 });
  });

  it('reads the observed rate of a standing, from its band when the cell is too light', () => {
    const table = createTruthTable();
    for (let i = 0; i < 40; i++) table.add({ band: 0, bin: 7 }, i < 10);
    for (let i = 0; i < 10; i++) table.add({ band: 0, bin: 12 }, true);
    expect(table.rate({ band: 0, bin: 7 })).toBe(25);
    // 10 occupations are too few: the band's rate, 20 related of 50.
    expect(table.rate({ band: 0, bin: 12 })).toBe(40);
    expect(table.rate({ band: 1, bin: 3 })).toBeNull();
  });
});
