import { describe, expect, it } from 'vitest';
import type { NewFeedback } from '../../../src/app/ports/index.js';
import type { ContractContext } from './contract.js';

/** A profile snapshot with values JSON text must carry exactly (doubles, unicode, nesting). */
export const TRICKY_PROFILE = {
  name: null,
  interests: { R: 0.1 + 0.2, I: 0.1234567891234567, A: -Math.E / 1e7 },
  skills: [5e-324, 1e-300, 1.7976931348623157e308, 2 ** 53 + 2, -0.5, 0],
  notes: 'Straße, 東京, emoji 🚀, quote " and backslash \\',
  flags: [true, false, { nested: [[]] }],
};

/** A valid feedback event with overrides. */
export function feedback(overrides: Partial<NewFeedback> = {}): NewFeedback {
  return {
    subjectId: 'subject-a',
    profile: { interests: { R: 3.5 } },
    code: '15-1252.00',
    rating: 'up',
    modelVersion: 'm1',
    createdAt: '2025-03-01T10:00:00.000Z',
    ...overrides,
  };
}

/** Contract cases for FeedbackStore. */
export function feedbackContract({ store }: ContractContext): void {
  describe('feedback', () => {
    it('returns the stored event with an id and reads it back with an identical profile', async () => {
      const saved = await store().recordFeedback(
        feedback({ profile: TRICKY_PROFILE, outcome: 'applied' }),
      );
      expect(saved).toEqual({
        id: expect.any(Number) as number,
        subjectId: 'subject-a',
        profile: TRICKY_PROFILE,
        code: '15-1252.00',
        rating: 'up',
        outcome: 'applied',
        modelVersion: 'm1',
        createdAt: '2025-03-01T10:00:00.000Z',
      });
      const [read] = await store().listFeedback();
      expect(read).toEqual(saved);
      expect(JSON.stringify(read?.profile)).toBe(JSON.stringify(TRICKY_PROFILE));
    });

    it('stores an outcome without a rating and an event without a subject', async () => {
      const saved = await store().recordFeedback(
        feedback({ rating: undefined, outcome: 'hired', subjectId: undefined }),
      );
      expect(saved.rating).toBeNull();
      expect(saved.subjectId).toBeNull();
      expect((await store().listFeedback())[0]).toEqual(saved);
    });

    it('normalises createdAt to UTC so that text order is time order', async () => {
      const saved = await store().recordFeedback(
        feedback({ createdAt: '2025-01-31T12:00:00+02:00' }),
      );
      expect(saved.createdAt).toBe('2025-01-31T10:00:00.000Z');
    });

    it.each([
      ['neither rating nor outcome', { rating: undefined, outcome: undefined }],
      ['an unknown rating', { rating: 'meh' as never }],
      ['an unknown outcome', { outcome: 'fired' as never }],
      ['a malformed O*NET code', { code: '151252' }],
      ['a createdAt without time zone', { createdAt: '2025-03-01 10:00' }],
      ['a createdAt on a day that does not exist', { createdAt: '2025-02-30T10:00:00Z' }],
      ['a createdAt past year 9999 in UTC', { createdAt: '9999-12-31T23:00:00-05:00' }],
      ['an empty modelVersion', { modelVersion: '' }],
      ['a profile with NaN', { profile: { x: Number.NaN } }],
      ['an undefined profile', { profile: undefined }],
    ])('rejects %s with VALIDATION_FAILED and stores nothing', async (_label, overrides) => {
      await expect(store().recordFeedback(feedback(overrides))).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
      expect(await store().countFeedback()).toBe(0);
    });

    it('lists by increasing id and filters by since, afterId and limit', async () => {
      const days = ['2025-03-05', '2025-03-01', '2025-03-09', '2025-03-03'];
      const saved = [];
      for (const day of days) {
        saved.push(await store().recordFeedback(feedback({ createdAt: `${day}T00:00:00Z` })));
      }
      const ids = saved.map((s) => s.id);
      expect([...ids].sort((a, b) => a - b)).toEqual(ids);
      expect((await store().listFeedback()).map((r) => r.id)).toEqual(ids);
      const since = await store().listFeedback({ since: '2025-03-04T00:00:00Z' });
      expect(since.map((r) => r.createdAt.slice(0, 10))).toEqual(['2025-03-05', '2025-03-09']);
      const page = await store().listFeedback({ afterId: ids[0], limit: 2 });
      expect(page.map((r) => r.id)).toEqual(ids.slice(1, 3));
      await expect(store().listFeedback({ limit: 0 })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    });

    it('pages through every event exactly once with afterId', async () => {
      for (let i = 0; i < 7; i += 1) await store().recordFeedback(feedback());
      const seen: number[] = [];
      let afterId = 0;
      for (;;) {
        const page = await store().listFeedback({ afterId, limit: 3 });
        if (page.length === 0) break;
        seen.push(...page.map((r) => r.id));
        afterId = page[page.length - 1]!.id;
      }
      expect(seen).toEqual((await store().listFeedback()).map((r) => r.id));
      expect(seen).toHaveLength(7);
    });

    it('counts all events and the events of one code', async () => {
      await store().recordFeedback(feedback({ code: '15-1252.00' }));
      await store().recordFeedback(feedback({ code: '15-1252.00', rating: 'down' }));
      await store().recordFeedback(feedback({ code: '29-1141.00' }));
      expect(await store().countFeedback()).toBe(3);
      expect(await store().countFeedback({ code: '15-1252.00' })).toBe(2);
      expect(await store().countFeedback({ code: '11-1011.00' })).toBe(0);
    });

    it('deletes every event of one subject and nothing else', async () => {
      await store().recordFeedback(feedback({ subjectId: 'alice' }));
      await store().recordFeedback(feedback({ subjectId: 'bob' }));
      await store().recordFeedback(feedback({ subjectId: 'alice', outcome: 'hired' }));
      await store().recordFeedback(feedback({ subjectId: undefined }));
      expect(await store().deleteFeedbackBySubject('alice')).toBe(2);
      expect(await store().deleteFeedbackBySubject('alice')).toBe(0);
      const left = await store().listFeedback();
      expect(left.map((r) => r.subjectId)).toEqual(['bob', null]);
    });

    it('keeps every one of 200 concurrent writes', async () => {
      const saved = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          store().recordFeedback(feedback({ subjectId: `s${i}`, profile: { i, w: i / 7 } })),
        ),
      );
      expect(new Set(saved.map((s) => s.id)).size).toBe(200);
      expect(await store().countFeedback()).toBe(200);
      const listed = await store().listFeedback();
      expect(new Set(listed.map((r) => r.subjectId))).toEqual(
        new Set(Array.from({ length: 200 }, (_, i) => `s${i}`)),
      );
      for (const r of listed) {
        const p = r.profile as { i: number; w: number };
        expect(p.w).toBe(p.i / 7);
      }
    });
  });
}
