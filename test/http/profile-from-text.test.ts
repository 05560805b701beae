import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileProfileSchema, textProfileSchema } from '../../src/app/text-profile/index.js';
import { makeDocx, makePdf, makeZipBomb } from '../support/documents.js';
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

const upload = (bytes: Uint8Array, name: string, type = 'application/octet-stream') =>
  fetch(`${api.url}/v1/profiles/from-file?type=${name.split('.').pop()}`, {
    method: 'POST',
    headers: { 'content-type': type },
    body: new Blob([bytes as Uint8Array<ArrayBuffer>]),
  }).then(async (res) => ({ status: res.status, body: await res.json() }));

describe('POST /v1/profiles/from-file', () => {
  it('reads a PDF résumé and answers the profile with the text its evidence points into', async () => {
    const lines = RESUME.split('\n');
    const res = await upload(makePdf(lines), 'cv.pdf', 'application/pdf');
    expect(res.status).toBe(200);
    const body = fileProfileSchema.parse(res.body);
    expect(body.occupations[0]!.code).toBe('29-1141.00');
    const title = body.evidence.find((e) => e.matchedKind === 'title')!;
    expect(body.text.slice(title.start, title.end)).toMatch(/Registered Nurse/);
    expect(body.truncated).toBe(false);
    expect(api.logs.join('\n')).not.toMatch(/Administered medications/);
  }, 60_000);

  it('reads a .docx résumé', async () => {
    const res = await upload(makeDocx(RESUME.split('\n')), 'cv.docx');
    expect(res.status).toBe(200);
    expect(res.body.profile.currentOccupation).toBe('29-1141.00');
  }, 60_000);

  it.each([
    ['a scanned PDF', () => makePdf([]), 'scan.pdf', 'scanned-pdf'],
    ['a zip-bomb .docx', () => makeZipBomb(40), 'cv.docx', 'zip-bomb'],
    ['a binary file', () => new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), 'cv.txt', 'binary'],
    ['an empty file', () => new Uint8Array(0), 'cv.pdf', 'empty-file'],
  ])(
    'answers 400 with details.reason for %s',
    async (_what, bytes, name, reason) => {
      const res = await upload(bytes(), name);
      expect(res.status).toBe(400);
      expect(res.body.error.details.reason).toBe(reason);
    },
    60_000,
  );

  it('answers 413 for a 50 MB file without reading it', async () => {
    const res = await upload(new Uint8Array(50 * 1024 * 1024), 'big.pdf');
    expect(res.status).toBe(413);
  }, 60_000);
});
