import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  occupationDetailSchema,
  recommendationResultSchema,
  referenceSchema,
} from '../../src/http/schemas/index.js';
import { request, startTestApi, throughSchema, type TestApi } from './support/start-api.js';

let api: TestApi;
const call = (method: string, path: string, body?: unknown) =>
  request(api.url, method, path, body === undefined ? undefined : { body });
const recommend = (profile: unknown, extra: Record<string, unknown> = {}) =>
  call('POST', '/v1/recommendations', { profile, model: 'baseline', ...extra });

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('names resolved out loud', () => {
  it('says what the current job and each skill were read as, and how sure', async () => {
    const res = await recommend({
      currentOccupation: 'staff nurse',
      skills: ['coding', 'public speaking', 'budgeting', 'Writing'],
    });
    expect(res.status, res.text).toBe(200);
    expect(throughSchema(recommendationResultSchema, res.body)).toEqual(res.body);
    expect(res.body.resolved.currentOccupation).toMatchObject({
      input: 'staff nurse',
      how: 'title',
      code: '29-1141.00',
      title: 'Registered Nurses',
      confidence: 'exact',
      matchedField: 'alternate',
    });
    expect(
      res.body.resolved.skills.map((s: { input: string; name: string }) => [s.input, s.name]),
    ).toEqual([
      ['coding', 'Programming'],
      ['public speaking', 'Speaking'],
      ['budgeting', 'Management of Financial Resources'],
      ['Writing', 'Writing'],
    ]);
  });

  it('asks "did you mean" (422) instead of guessing an occupation for "astronaut chef"', async () => {
    const res = await recommend({ currentOccupation: 'astronaut chef', interests: ['R'] });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('UNKNOWN_NAME');
    expect(res.body.error.message).toContain('did you mean "Aerospace Engineers (17-2011.00)"');
    const [unknown] = res.body.error.details.unknown;
    expect(unknown).toMatchObject({ field: 'currentOccupation', value: 'astronaut chef' });
    expect(unknown.options[0]).toEqual({ code: '17-2011.00', title: 'Aerospace Engineers' });
  });

  it('asks which skill a word that means several stands for', async () => {
    const res = await recommend({ skills: ['communication'] });
    expect(res.status).toBe(422);
    expect(res.body.error.details.unknown[0]).toMatchObject({
      field: 'skills',
      ambiguous: true,
      suggestions: ['Speaking', 'Writing', 'Active Listening'],
    });
  });

  it('says the same on POST /v1/profiles/infer', async () => {
    const res = await call('POST', '/v1/profiles/infer', {
      occupation: 'senior software developer',
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.resolved).toMatchObject({ code: '15-1252.00', confidence: 'close' });
    expect(res.body.resolved.why).toContain('without "senior"');
  });
});

describe('one skill scale', () => {
  it('is listed by /v1/reference with each step’s O*NET level', async () => {
    const res = await call('GET', '/v1/reference');
    expect(throughSchema(referenceSchema, res.body)).toEqual(res.body);
    expect(res.body.skillScale.map((s: { label: string }) => s.label)).toEqual([
      'basic',
      'developing',
      'proficient',
      'advanced',
      'expert',
    ]);
  });

  it('still accepts O*NET levels (1–7) and self-ratings (1–5), and answers with both', async () => {
    const res = await recommend(
      {
        skills: [
          { name: 'Programming', level: 6 },
          { name: 'Mathematics', rating: 2 },
        ],
      },
      { explain: true, limit: 5 },
    );
    expect(res.status, res.text).toBe(200);
    for (const r of res.body.recommendations) {
      for (const g of r.skillGaps) {
        expect(g.requiredRating).toBeGreaterThanOrEqual(1);
        expect(g.requiredLevel).toBeGreaterThanOrEqual(0);
      }
      expect(r.explanation.text).not.toMatch(/level \d\.\d/);
    }
  });
});

describe('borrowed figures and tools, one answer for card and dialog', () => {
  it('marks borrowed pay and outlook in the recommendation and in the detail alike', async () => {
    const res = await recommend(
      {
        skills: ['Writing', 'Speaking'],
        interests: ['E', 'I'],
        constraints: { minSalaryUsd: 100_000 },
      },
      { explain: true, limit: 50 },
    );
    expect(res.status, res.text).toBe(200);
    let borrowed = 0;
    for (const r of res.body.recommendations) {
      const detail = (await call('GET', `/v1/occupations/${r.code}`)).body;
      expect(throughSchema(occupationDetailSchema, detail)).toEqual(detail);
      expect(detail.wages.borrowedFrom).toEqual(r.wageBorrowedFrom);
      expect(detail.outlook.borrowedFrom).toEqual(r.outlook.borrowedFrom);
      expect(r.wageBorrowedFrom !== null).toBe(
        detail.wages.inheritedFromSoc || detail.wages.aggregate === true,
      );
      // The same ranked tools on the card (the recommendation) and in the dialog (the detail).
      expect(r.toolsInDemand).toEqual(detail.toolsInDemand);
      if (r.wageBorrowedFrom) {
        borrowed++;
        expect(r.wageBorrowedFrom.note).toContain(r.title);
        expect(r.explanation.text).toContain(`${r.wageBorrowedFrom.title}`);
        expect(r.explanation.text).toContain('this job’s own pay may differ');
      }
    }
    expect(borrowed).toBeGreaterThan(0);
  });
});
