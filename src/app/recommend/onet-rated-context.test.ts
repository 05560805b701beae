import { describe, expect, it } from 'vitest';
import { makeOccupation } from '../../../test/support/occupation-fixture.js';
import type { Catalog, Occupation } from '../../core/domain/index.js';
import { createRecommenderContext, toOnetRatedContext } from './recommender-context.js';

const estimated = (o: Occupation): Occupation => ({
  ...o,
  profileEstimate: { from: [], fields: ['skills'] },
});

const catalog = {
  occupations: [
    makeOccupation({ code: '11-1011.00' }),
    estimated(makeOccupation({ code: '13-1082.00' })),
    makeOccupation({ code: '15-2041.00' }),
    makeOccupation({ code: '15-2099.00', skills: null }),
  ],
} as unknown as Catalog;

describe('the O*NET-rated context', () => {
  const ctx = createRecommenderContext(catalog);

  it('scores estimated careers after the rated ones, so rated careers keep their indices', () => {
    expect(ctx.codes).toEqual(['11-1011.00', '15-2041.00', '13-1082.00']);
    expect(ctx.careers.map((c) => c.profileEstimated)).toEqual([false, false, true]);
  });

  it('leaves the estimated careers out and shares the population', () => {
    const rated = toOnetRatedContext(ctx);
    expect(rated.codes).toEqual(['11-1011.00', '15-2041.00']);
    expect(rated.careers[1]).toBe(ctx.careers[1]);
    expect(rated.population).toBe(ctx.population);
    expect(rated.findCareer('13-1082.00')).toBeUndefined();
    expect(toOnetRatedContext(rated)).toBe(rated);
  });
});
