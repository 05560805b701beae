import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nearestSelfRating } from '../../src/app/service/index.js';
import { SKILLS } from '../../src/core/domain/index.js';
import { referenceSchema } from '../../src/http/schemas/index.js';
import { request, startTestApi, throughSchema, type TestApi } from './support/start-api.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('GET /v1/reference', () => {
  it('lists the 35 skills in O*NET order, each with its group and the O*NET anchors at levels 2, 4 and 6', async () => {
    const res = await request(api.url, 'GET', '/v1/reference');
    expect(res.status).toBe(200);
    expect(throughSchema(referenceSchema, res.body)).toEqual(res.body);
    const skills = res.body.skills as { id: string; groupId: string; anchors: unknown[] }[];
    expect(skills.map((s) => s.id)).toEqual(SKILLS.map((s) => s.id));
    const groupIds = new Set((res.body.skillGroups as { id: string }[]).map((g) => g.id));
    expect(groupIds.size).toBe(7);
    for (const s of skills) {
      expect(groupIds.has(s.groupId)).toBe(true);
      expect(s.anchors.map((a) => (a as { level: number }).level)).toEqual([2, 4, 6]);
    }
    const reading = skills.find((s) => s.id === '2.A.1.a')!;
    expect(reading.anchors).toEqual([
      { level: 2, rating: 2, description: 'Read step-by-step instructions for completing a form' },
      {
        level: 4,
        rating: 3,
        description: 'Understand an email from management describing new personnel policies',
      },
      {
        level: 6,
        rating: 4,
        description: 'Read a scientific journal article describing surgical procedures',
      },
    ]);
  });

  it('gives the self-rating scale, RIASEC areas, work values, Job Zones and SOC major groups with counts', async () => {
    const { body } = await request(api.url, 'GET', '/v1/reference');
    expect(body.selfRatingLevels).toEqual([1, 2.5, 4, 5.5, 7]);
    expect(body.riasec.map((a: { letter: string }) => a.letter).join('')).toBe('RIASEC');
    expect(body.workValues.map((v: { name: string }) => v.name)).toEqual([
      'Achievement',
      'Working Conditions',
      'Recognition',
      'Relationships',
      'Support',
      'Independence',
    ]);
    expect(body.jobZones.map((z: { zone: number }) => z.zone)).toEqual([1, 2, 3, 4, 5]);
    const groups = body.socMajorGroups as { code: string; name: string; occupations: number }[];
    expect(groups).toHaveLength(23);
    expect(groups.find((g) => g.code === '15')).toMatchObject({
      name: 'Computer and Mathematical',
    });
    const about = await request(api.url, 'GET', '/v1/about');
    expect(groups.reduce((n, g) => n + g.occupations, 0)).toBe(about.body.data.rateableOccupations);
  });

  it('is documented in the OpenAPI document', async () => {
    const { body } = await request(api.url, 'GET', '/openapi.json');
    expect(body.paths['/v1/reference'].get.responses['200']).toBeDefined();
  });
});

describe('nearestSelfRating', () => {
  it('maps O*NET levels to the closest 1–5 self-rating, ties to the lower one', () => {
    expect([0, 1, 2, 3.25, 4, 5, 6, 7].map(nearestSelfRating)).toEqual([1, 1, 2, 2, 3, 4, 4, 5]);
  });
});
