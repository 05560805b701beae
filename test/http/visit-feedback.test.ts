import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendationResultSchema } from '../../src/http/schemas/index.js';
import {
  loadTinyModel,
  request,
  startTestApi,
  throughSchema,
  type TestApi,
} from './support/start-api.js';

const PROFILE = { skills: ['Programming', 'Mathematics'], interests: ['I', 'C'] };

let api: TestApi;
const recommend = (body: Record<string, unknown>) =>
  request(api.url, 'POST', '/v1/recommendations', {
    body: { profile: PROFILE, limit: 10, explain: false, ...body },
  });
const codes = (body: { recommendations: { code: string }[] }) =>
  body.recommendations.map((r) => r.code);

beforeAll(async () => {
  api = await startTestApi({ model: await loadTinyModel() });
});
afterAll(async () => {
  await api.close();
});

describe("POST /v1/recommendations with this visit's feedback", () => {
  it('moves a "not for me" occupation and the ones most like it down, and says why', async () => {
    const before = (await recommend({})).body;
    const top = codes(before)[0]!;
    const res = await recommend({ feedback: [{ code: top, rating: 'down' }] });
    expect(res.status).toBe(200);
    expect(throughSchema(recommendationResultSchema, res.body)).toEqual(res.body);
    const after = codes(res.body);
    expect(after[0]).not.toBe(top);
    expect(after.indexOf(top) === -1 || after.indexOf(top) > 0).toBe(true);
    const moved = res.body.recommendations.filter(
      (r: { visitAdjustment?: unknown }) => r.visitAdjustment,
    );
    // Whatever moved, moved down, because of the one rating.
    for (const r of moved) {
      expect(r.visitAdjustment.scoreChange).toBeLessThan(0);
      expect(r.visitAdjustment.because).toEqual([
        { code: top, title: before.recommendations[0].title, rating: 'down' },
      ]);
    }
    // Occupations nothing was said about keep their scores.
    const unmoved = res.body.recommendations.find(
      (r: { code: string; visitAdjustment?: unknown }) => !r.visitAdjustment,
    );
    const same = before.recommendations.find((r: { code: string }) => r.code === unmoved?.code);
    if (same) expect(unmoved.score).toBe(same.score);
  });

  it('moves "more like this" occupations up', async () => {
    const before = (await recommend({ limit: 50 })).body;
    const tenth = before.recommendations[9];
    const res = await recommend({ limit: 50, feedback: [{ code: tenth.code, rating: 'up' }] });
    const rec = res.body.recommendations.find((r: { code: string }) => r.code === tenth.code);
    expect(rec.rank).toBeLessThan(10);
    expect(rec.visitAdjustment.scoreChange).toBeGreaterThan(0);
  });

  it('answers 400 for an unknown occupation or a malformed rating', async () => {
    expect((await recommend({ feedback: [{ code: '99-9999.99', rating: 'down' }] })).status).toBe(
      400,
    );
    expect((await recommend({ feedback: [{ code: '15-1252.00', rating: 'meh' }] })).status).toBe(
      400,
    );
  });
});
