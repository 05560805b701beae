import { beforeAll, describe, expect, it } from 'vitest';
import { loadSharedContext } from '../../../test/support/recommender.js';
import { profileInputSchema, resolveProfile } from '../profile/index.js';
import {
  rankForProfile,
  toExpandedScorer,
  type RecommendationResult,
  type RecommenderContext,
} from '../recommend/index.js';
import { DEFAULT_TRAINING, trainModel } from '../train/index.js';
import { PEOPLE, personById } from './people.js';
import { toPeopleDocument, whyLine } from './people-document.js';

let ctx: RecommenderContext;
const results = new Map<string, RecommendationResult>();

// The product's model: the default training run with query expansion, as `careers recommend`.
beforeAll(async () => {
  ctx = await loadSharedContext();
  const base = trainModel(ctx, DEFAULT_TRAINING, '2000-01-01T00:00:00.000Z').scorer;
  const ml = toExpandedScorer(ctx, base);
  for (const person of PEOPLE) {
    const profile = resolveProfile(person.profile, { findOccupation: ctx.findOccupation });
    results.set(person.id, rankForProfile(ctx, ml, profile, { limit: 10, explain: true }));
  }
}, 300_000);

describe('the people an adviser would recognise', () => {
  it('are at least ten, with unique ids and profiles every edge accepts', () => {
    expect(PEOPLE.length).toBeGreaterThanOrEqual(10);
    expect(new Set(PEOPLE.map((p) => p.id)).size).toBe(PEOPLE.length);
    for (const p of PEOPLE) expect(profileInputSchema.safeParse(p.profile).success).toBe(true);
  });

  it('name current jobs O*NET rates', () => {
    for (const p of PEOPLE.filter((x) => x.profile.currentOccupation)) {
      const code = p.profile.currentOccupation!;
      expect(ctx.findCareer(code)?.profileEstimated, `${p.id}: ${code}`).toBe(false);
    }
  });

  it('offer the data person Data Scientists, an estimated profile, in the top 10', () => {
    const recs = results.get(personById('data').id)!.recommendations;
    const scientists = recs.find((r) => r.code === '15-2051.00');
    expect(recs.map((r) => `${r.rank} ${r.title}`)).toContainEqual(
      expect.stringContaining('Data Scientists'),
    );
    expect(scientists?.profileEstimated).toBe(true);
    expect(scientists?.explanation?.text).toContain(
      "O*NET has not rated this occupation's skills; its profile is estimated from",
    );
    expect(scientists?.confidence).not.toBe('High');
  });

  it('mark estimated profiles and only those, in the answer and in the why line', () => {
    for (const result of results.values()) {
      for (const r of result.recommendations) {
        const estimated = ctx.findOccupation(r.code as never)?.profileEstimate !== undefined;
        expect(r.profileEstimated).toBe(estimated);
        expect(r.profileEstimateText !== null).toBe(estimated);
        expect(whyLine(r).includes('profile estimated')).toBe(estimated);
      }
    }
  });

  it('fill the people table: each person, their profile, and their top recommendations', () => {
    const rows = PEOPLE.map((person) => ({ person, result: results.get(person.id)! }));
    const doc = toPeopleDocument(
      rows,
      'careers eval people',
      'a test model',
      (code) => ctx.findOccupation(code as never)?.title,
    );
    for (const { person, result } of rows) {
      expect(doc).toContain(person.who);
      expect(doc).toContain(`| 1 | ${result.recommendations[0]!.title}`);
    }
    expect(doc).toContain('current job Registered Nurses (29-1141.00)');
  });
});
