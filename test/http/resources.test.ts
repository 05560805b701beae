import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExplanationEnhancer } from '../../src/app/ports/index.js';
import { recommendRequestSchema } from '../../src/app/service/index.js';
import {
  aboutSchema,
  comparisonSchema,
  feedbackCreatedSchema,
  inferProfileResponseSchema,
  modelInfoSchema,
  occupationDetailSchema,
  questionnaireSchema,
  questionnaireScoresSchema,
  recommendationResultSchema,
  titleSearchResponseSchema,
} from '../../src/http/schemas/index.js';
import {
  loadTinyModel,
  request,
  startTestApi,
  throughSchema,
  type TestApi,
} from './support/start-api.js';

const PROFILE = {
  skills: ['Programming', 'Mathematics', { name: 'Critical Thinking', rating: 4 }],
  interests: ['I', 'C', 'R'],
  values: ['Achievement', 'Independence'],
  constraints: { minSalaryUsd: 50_000 },
};

/** A stand-in LLM behind the real enhancer port: rewords each deterministic text. */
const fakeLlm: ExplanationEnhancer = {
  model: 'fake-llm',
  enhance: async (input) => ({
    ok: true,
    model: 'fake-llm',
    cached: false,
    proposal: {
      items: input.items.map((i) => ({ code: i.code, text: `Put simply: ${i.deterministicText}` })),
      rerank: null,
    },
  }),
};

let api: TestApi;
let noModel: TestApi;
const call = (method: string, path: string, init?: Parameters<typeof request>[3]) =>
  request(api.url, method, path, init);

beforeAll(async () => {
  api = await startTestApi({
    model: await loadTinyModel(),
    enhancer: fakeLlm,
  });
  noModel = await startTestApi();
});
afterAll(async () => {
  await api.close();
  await noModel.close();
});

describe('POST /v1/recommendations', () => {
  it('returns exactly the RecommendationResult the service computes for the same request', async () => {
    const body = { profile: PROFILE, limit: 5, model: 'baseline', explain: false };
    const res = await call('POST', '/v1/recommendations', { body });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const expected = await api.service.recommend(recommendRequestSchema.parse(body));
    expect(res.body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(res.body.model.kind).toBe('baseline');
    expect(res.body.recommendations).toHaveLength(5);
    expect(res.body.recommendations.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(res.body.recommendations[0].explanation).toBeUndefined();
  });

  it('describes every field of the answer in its response schema, explanations included', async () => {
    const res = await call('POST', '/v1/recommendations', {
      body: { profile: PROFILE, limit: 3, model: 'baseline', explain: true },
    });
    expect(res.status).toBe(200);
    expect(res.body.recommendations[0].explanation.text.length).toBeGreaterThan(20);
    expect(throughSchema(recommendationResultSchema, res.body)).toEqual(res.body);
  });

  it('applies the defaults (limit 10) and honours the constraints', async () => {
    const res = await call('POST', '/v1/recommendations', {
      body: { profile: { ...PROFILE, constraints: { maxJobZone: 2 } }, model: 'baseline' },
    });
    expect(res.status).toBe(200);
    expect(res.body.recommendations).toHaveLength(10);
    for (const r of res.body.recommendations) expect(r.jobZone).toBeLessThanOrEqual(2);
    expect(res.body.excluded['job-zone']).toBeGreaterThan(0);
  });

  it('ranks with the active model by default', async () => {
    const res = await call('POST', '/v1/recommendations', { body: { profile: PROFILE, limit: 3 } });
    expect(res.status).toBe(200);
    expect(res.body.model.kind).toBe('ml');
    expect(res.body.model.version).toBe(api.models.current()!.version);
    expect(res.body.recommendations[0].explanation.facts.model).toBe('ml');
    expect(throughSchema(recommendationResultSchema, res.body)).toEqual(res.body);
  });

  it('answers 503 MODEL_MISSING for model "ml" while no model is active', async () => {
    const res = await request(noModel.url, 'POST', '/v1/recommendations', {
      body: { profile: PROFILE },
    });
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('MODEL_MISSING');
    expect(res.body.error.message).toMatch(/baseline/);
  });

  it('lets the LLM reword explanations with "llm": true, keeping the deterministic text', async () => {
    const res = await call('POST', '/v1/recommendations', {
      body: { profile: PROFILE, limit: 3, explain: false, llm: true },
    });
    expect(res.status).toBe(200);
    const explanation = res.body.recommendations[0].explanation;
    expect(explanation.llm).toEqual({ used: true, model: 'fake-llm' });
    expect(explanation.text).toBe(`Put simply: ${explanation.deterministicText}`);
    expect(throughSchema(recommendationResultSchema, res.body)).toEqual(res.body);
  });

  it('keeps the deterministic text and says why when no LLM is configured', async () => {
    const res = await request(noModel.url, 'POST', '/v1/recommendations', {
      body: { profile: PROFILE, model: 'baseline', limit: 2, llm: true },
    });
    expect(res.status).toBe(200);
    expect(res.body.recommendations[0].explanation.llm).toEqual({
      used: false,
      reason: 'not configured',
    });
  });

  it('answers 422 UNKNOWN_NAME with did-you-mean suggestions for a misspelt skill', async () => {
    const res = await call('POST', '/v1/recommendations', {
      body: { profile: { skills: ['Programing', 'Mathematics'] }, model: 'baseline' },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('UNKNOWN_NAME');
    expect(res.body.error.details.unknown[0]).toMatchObject({
      field: 'skills',
      value: 'Programing',
    });
    expect(res.body.error.details.unknown[0].suggestions[0]).toBe('Programming');
  });

  it('rejects unknown fields and out-of-range values with 400 VALIDATION_FAILED and their paths', async () => {
    const res = await call('POST', '/v1/recommendations', {
      body: {
        profile: { skills: ['Programming'], hobbies: ['chess'] },
        limit: 500,
        model: 'baseline',
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const paths = res.body.error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['profile', 'limit']));
    expect(JSON.stringify(res.body.error.details)).toMatch(/hobbies/);
  });

  it('rejects a profile that says nothing with 400', async () => {
    const res = await call('POST', '/v1/recommendations', {
      body: { profile: {}, model: 'baseline' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('POST /v1/recommendations/compare', () => {
  it('ranks the profile with both scorers and reports their overlap', async () => {
    const res = await call('POST', '/v1/recommendations/compare', {
      body: { profile: PROFILE, limit: 5 },
    });
    expect(res.status).toBe(200);
    expect(res.body.ml.model.kind).toBe('ml');
    expect(res.body.baseline.model.kind).toBe('baseline');
    expect(res.body.overlap.k).toBe(5);
    expect(res.body.overlap.count).toBe(res.body.overlap.codes.length);
    expect(throughSchema(comparisonSchema, res.body)).toEqual(res.body);
  });

  it('answers 503 MODEL_MISSING while no model is active', async () => {
    const res = await request(noModel.url, 'POST', '/v1/recommendations/compare', {
      body: { profile: PROFILE },
    });
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('MODEL_MISSING');
  });

  it('validates its body like the recommendations route', async () => {
    const res = await call('POST', '/v1/recommendations/compare', {
      body: { profile: PROFILE, model: 'baseline' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].message).toMatch(/model/);
  });
});

describe('occupations', () => {
  it('finds occupations by job title, best first', async () => {
    const res = await call('GET', '/v1/occupations/search?q=registered%20nurse&limit=3');
    expect(res.status).toBe(200);
    expect(res.body.query).toBe('registered nurse');
    expect(res.body.results).toHaveLength(3);
    expect(res.body.results[0].code).toBe('29-1141.00');
    expect(throughSchema(titleSearchResponseSchema, res.body)).toEqual(res.body);
  });

  it('rejects a search without q, with a bad limit or an unknown parameter', async () => {
    for (const query of ['', '?q=nurse&limit=0', '?q=nurse&limit=abc', '?q=nurse&sort=asc']) {
      const res = await call('GET', `/v1/occupations/search${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details.issues[0].in).toBe('querystring');
    }
  });

  it('returns the detail of one occupation', async () => {
    const res = await call('GET', '/v1/occupations/15-1252.00');
    expect(res.status).toBe(200);
    expect(res.body.code).toBe('15-1252.00');
    expect(res.body.title).toBe('Software Developers');
    expect(res.body.skills.length).toBe(35);
    expect(throughSchema(occupationDetailSchema, res.body)).toEqual(res.body);
  });

  it('answers 404 NOT_FOUND for an unknown or malformed code', async () => {
    for (const code of ['99-9999.99', 'not-a-code']) {
      const res = await call('GET', `/v1/occupations/${code}`);
      expect(res.status, code).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
      expect(res.body.error.message).toContain(code);
    }
  });
});

describe('POST /v1/profiles/infer', () => {
  it('infers a profile from an O*NET code', async () => {
    const res = await call('POST', '/v1/profiles/infer', { body: { occupation: '29-1141.00' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code: '29-1141.00', title: 'Registered Nurses' });
    expect(res.body.profile.skillLevels).toHaveLength(35);
    expect(res.body.profile.currentOccupation).toBe('29-1141.00');
    expect(throughSchema(inferProfileResponseSchema, res.body)).toEqual(res.body);
  });

  it('infers a profile from a job title', async () => {
    const res = await call('POST', '/v1/profiles/infer', {
      body: { occupation: 'software developer' },
    });
    expect(res.status).toBe(200);
    expect(res.body.code).toMatch(/^15-/);
  });

  it('answers 422 UNKNOWN_NAME when nothing matches', async () => {
    const res = await call('POST', '/v1/profiles/infer', { body: { occupation: 'qqqxxzz' } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('UNKNOWN_NAME');
  });
});

describe('feedback', () => {
  const feedback = {
    profile: PROFILE,
    code: '15-1252.00',
    rating: 'up',
    outcome: 'applied',
    subjectId: 'subject-http-0001',
  };

  it('stores feedback (201 with the record id), counts it, and erases it by subject', async () => {
    const created = await call('POST', '/v1/feedback', { body: feedback });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: '15-1252.00',
      rating: 'up',
      outcome: 'applied',
      subjectId: 'subject-http-0001',
      modelVersion: api.models.current()!.version,
      createdAt: '2026-01-15T12:00:00.000Z',
    });
    expect(Number.isInteger(created.body.id)).toBe(true);
    expect(throughSchema(feedbackCreatedSchema, created.body)).toEqual(created.body);
    const second = await call('POST', '/v1/feedback', {
      body: { ...feedback, code: '29-1141.00', outcome: undefined },
    });
    expect(second.status).toBe(201);
    expect(second.body.id).toBeGreaterThan(created.body.id);

    expect((await call('GET', '/v1/feedback/count')).body).toEqual({ code: null, count: 2 });
    expect((await call('GET', '/v1/feedback/count?code=15-1252.00')).body).toEqual({
      code: '15-1252.00',
      count: 1,
    });

    const deleted = await call('DELETE', '/v1/feedback/subjects/subject-http-0001');
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ subjectId: 'subject-http-0001', deleted: 2 });
    expect((await call('GET', '/v1/feedback/count')).body.count).toBe(0);
    const again = await call('DELETE', '/v1/feedback/subjects/subject-http-0001');
    expect(again.body.deleted).toBe(0);
  });

  it('rejects feedback with neither rating nor outcome, or about an unknown occupation', async () => {
    const empty = await call('POST', '/v1/feedback', {
      body: { profile: PROFILE, code: '15-1252.00' },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/rating/);
    const unknown = await call('POST', '/v1/feedback', {
      body: { profile: PROFILE, code: '99-9999.99', rating: 'down' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
  });

  it('rejects a malformed subject id or code filter with 400', async () => {
    expect((await call('DELETE', '/v1/feedback/subjects/short')).status).toBe(400);
    expect((await call('GET', '/v1/feedback/count?code=15-1252')).status).toBe(400);
  });
});

describe('model, questionnaire and about', () => {
  it('reports the active model with its metrics, and null before one exists', async () => {
    const res = await call('GET', '/v1/model');
    expect(res.status).toBe(200);
    expect(res.body.active.version).toBe(api.models.current()!.version);
    expect(res.body.active.metrics.testAccuracy).toBeGreaterThan(0.5);
    expect(res.body.baseline.version).toBeTruthy();
    expect(throughSchema(modelInfoSchema, res.body)).toEqual(res.body);
    expect((await request(noModel.url, 'GET', '/v1/model')).body.active).toBeNull();
  });

  it('serves 30 questionnaire items and scores answers into RIASEC interests', async () => {
    const items = await call('GET', '/v1/questionnaire');
    expect(items.status).toBe(200);
    expect(items.body.items).toHaveLength(30);
    expect(throughSchema(questionnaireSchema, items.body)).toEqual(items.body);
    const answers = Object.fromEntries(
      items.body.items.map((i: { id: string; letter: string }) => [i.id, i.letter === 'I' ? 5 : 2]),
    );
    const scored = await call('POST', '/v1/questionnaire/score', { body: { answers } });
    expect(scored.status).toBe(200);
    expect(scored.body.order[0]).toBe('I');
    expect(scored.body.scores.I).toBe(7);
    expect(scored.body.answered).toBe(30);
    expect(throughSchema(questionnaireScoresSchema, scored.body)).toEqual(scored.body);
  });

  it('rejects unknown questionnaire items and out-of-range answers with 400', async () => {
    const unknownItem = await call('POST', '/v1/questionnaire/score', {
      body: { answers: { R9: 3 } },
    });
    expect(unknownItem.status).toBe(400);
    expect(unknownItem.body.error.message).toMatch(/R9/);
    const outOfRange = await call('POST', '/v1/questionnaire/score', {
      body: { answers: { R1: 6 } },
    });
    expect(outOfRange.status).toBe(400);
  });

  it('gives the data releases and the O*NET CC BY 4.0 attribution', async () => {
    const res = await call('GET', '/v1/about');
    expect(res.status).toBe(200);
    expect(res.body.data.onetRelease).toMatch(/30\.1/);
    expect(res.body.data.occupations).toBe(1016);
    expect(res.body.attribution).toMatch(/CC BY 4\.0/);
    // This test API has a (fake) LLM: the page offers the friendlier wording.
    expect(res.body.llm).toEqual({ configured: true, model: 'fake-llm' });
    expect(throughSchema(aboutSchema, res.body)).toEqual(res.body);
  });
});
