import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathwaysResultSchema } from '../../src/http/schemas/index.js';
import { request, startTestApi, type TestApi } from './support/start-api.js';

let api: TestApi;
const post = (body: unknown) => request(api.url, 'POST', '/v1/pathways', { body });

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('POST /v1/pathways', () => {
  it('answers routes from a current job title to a target title, each figure with its basis', async () => {
    const res = await post({
      profile: { currentOccupation: 'Registered Nurses' },
      target: 'Nurse Practitioners',
    });
    expect(res.status).toBe(200);
    const body = pathwaysResultSchema.parse(res.body);
    expect(body.current?.code).toBe('29-1141.00');
    expect(body.target.code).toBe('29-1171.00');
    expect(body.reason).toBeNull();
    expect(body.routes.length).toBeGreaterThan(0);
    const step = body.routes[0]!.steps.at(-1)!;
    expect(step.to.code).toBe('29-1171.00');
    expect(step.time.education.basis).toMatch(/Master's degree/);
    expect(step.wage.toMedianUsd).not.toBeNull();
    expect(body.assumptions.join(' ')).toMatch(/Licences/);
  });

  it('asks "did you mean" for a target that is no O*NET title', async () => {
    const res = await post({
      profile: { currentOccupation: 'cook' },
      target: 'nurse practishioner xyz',
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ error: { code: 'UNKNOWN_NAME' } });
    expect(JSON.stringify(res.body)).toMatch(/did you mean/);
  });

  it('says the person is already there when the target is the current job', async () => {
    const res = await post({ profile: { currentOccupation: '35-2014.00' }, target: '35-2014.00' });
    expect(res.status).toBe(200);
    const body = pathwaysResultSchema.parse(res.body);
    expect(body.routes).toEqual([]);
    expect(body.reason?.code).toBe('ALREADY_THERE');
  });

  it('says why when no route fits within maxSteps', async () => {
    const res = await post({
      profile: { currentOccupation: '35-2021.00' },
      target: '11-1011.00',
      maxSteps: 1,
      education: 'Doctoral or professional degree',
    });
    expect(res.status).toBe(200);
    const body = pathwaysResultSchema.parse(res.body);
    expect(body.routes).toEqual([]);
    expect(body.reason?.code).toBe('NO_ROUTE');
    expect(body.reason?.message).toMatch(/maxSteps 3/);
  });

  it('rejects a maxSteps outside 1–3 with 400', async () => {
    const res = await post({ profile: {}, target: '29-1171.00', maxSteps: 4 });
    expect(res.status).toBe(400);
  });
});
