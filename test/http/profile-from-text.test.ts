import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textProfileSchema } from '../../src/app/text-profile/index.js';
import { request, startTestApi, throughSchema, type TestApi } from './support/start-api.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
}, 120_000);
afterAll(async () => {
  await api.close();
});

const RESUME = [
  'Registered Nurse (RN), City Hospital ICU, 6 years',
  '- Administered medications and monitored patient vital signs',
  '- Documented patient care in Epic and educated families on discharge care',
  'Volunteer at the local food bank on weekends.',
].join('\n');

const fromText = (text: unknown) =>
  request(api.url, 'POST', '/v1/profiles/from-text', { body: { text } });

describe('POST /v1/profiles/from-text', () => {
  it('reads a résumé into a profile that POST /v1/recommendations accepts as it is, with evidence spans', async () => {
    const res = await fromText(RESUME);
    expect(res.status).toBe(200);
    expect(throughSchema(textProfileSchema, res.body)).toEqual(res.body);
    const body = textProfileSchema.parse(res.body);
    expect(body.occupations[0]!.code).toBe('29-1141.00');
    expect(body.profile.currentOccupation).toBe('29-1141.00');
    const title = body.evidence.find((e) => e.for === 'occupation' && e.matchedKind === 'title');
    expect(RESUME.slice(title!.start, title!.end)).toMatch(/Registered Nurse/);
    for (const e of body.evidence) {
      expect(e.end).toBeGreaterThan(e.start);
      expect(e.end).toBeLessThanOrEqual(RESUME.length);
    }
    const recs = await request(api.url, 'POST', '/v1/recommendations', {
      body: { profile: body.profile, limit: 5, model: 'baseline' },
    });
    expect(recs.status).toBe(200);
    expect(recs.body.recommendations).toHaveLength(5);
  }, 60_000);

  it('never writes the text to the log', async () => {
    const secret = 'Zyxwvut Quillfeather, certified public accountant, audited ledgers';
    const res = await fromText(secret);
    expect(res.status).toBe(200);
    expect(api.logs.join('\n')).not.toMatch(/Quillfeather|audited ledgers/);
  });

  it.each([
    ['an empty text', '   ', 'empty'],
    ['only common words', 'the and of it was we were with', 'stop-words'],
    [
      'a text in another language',
      'Trabajé como enfermera durante seis años en el hospital, cuidando pacientes y administrando medicamentos',
      'other-language',
    ],
    ['words that mean nothing', 'qwzx vbnmq plokij', 'no-match'],
  ])('answers 400 with what to do for %s', async (_what, text, reason) => {
    const res = await fromText(text);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details.reason).toBe(reason);
    expect(res.body.error.message.length).toBeGreaterThan(30);
  });

  it('answers 400 for a text over 20,000 characters', async () => {
    const res = await fromText('nurse '.repeat(4000));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/20,000/);
  });
});
