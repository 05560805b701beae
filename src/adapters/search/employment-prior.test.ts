import { describe, expect, it } from 'vitest';
import type { Catalog, Occupation, Outlook } from '../../core/domain/index.js';
import { makeOccupation } from '../../../test/support/occupation-fixture.js';
import { toEmploymentPriors } from './employment-prior.js';

function withEmployment(
  code: string,
  thousands: number | null,
  extra: Partial<Outlook> = {},
): Occupation {
  const base = makeOccupation({ code });
  const outlook =
    base.outlook === null
      ? null
      : { ...base.outlook, employment2024Thousands: thousands, ...extra };
  return { ...base, outlook };
}

function priors(occupations: Occupation[]): readonly number[] {
  return toEmploymentPriors({ occupations } as unknown as Catalog);
}

describe('toEmploymentPriors', () => {
  it('favours occupations with more workers, mildly', () => {
    const [big, small] = priors([
      withEmployment('29-1141.00', 3391),
      withEmployment('29-1161.00', 1),
    ]);
    expect(big).toBeGreaterThan(small ?? Infinity);
    expect(big).toBeCloseTo(1 + 0.1 * Math.log10(3392), 10);
    expect(big).toBeLessThan(1.4);
  });

  it('gives the neutral 1 to detail codes, aggregate BLS rows and occupations without data', () => {
    const occupations = [
      withEmployment('29-1141.03', 3391, { inheritedFromSoc: true }),
      withEmployment('27-2042.00', 200, { aggregate: true }),
      withEmployment('55-1011.00', null),
      { ...makeOccupation({ code: '55-1012.00' }), outlook: null },
    ];
    expect(priors(occupations)).toEqual([1, 1, 1, 1]);
  });
});
