import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTinyModel, startTestApi, type TestApi } from '../http/support/start-api.js';
import { heapUsedAfterGc } from './support/gc.js';
import { badRequestsByRoute, type BadRequest } from './support/bad-requests.js';

const ADMIN_TOKEN = 'reliability-admin-token-0451';
/** Generated requests per route through `app.inject()` (13 generators → over 10,000 in all with the HTTP runs). */
const INJECT_RUNS = 780;
/** Generated requests per route over real HTTP. */
const HTTP_RUNS = 25;
/** Allowed growth of the heap (after a full GC) across the whole run. */
const HEAP_GROWTH_LIMIT_BYTES = 48 * 1024 * 1024;

interface Answer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

let api: TestApi;
let sent = 0;
let heapBefore = 0;
const statuses = new Map<number, number>();

beforeAll(async () => {
  api = await startTestApi({ adminToken: ADMIN_TOKEN, model: await loadTinyModel() });
  await api.app.inject({ method: 'GET', url: '/v1/about' }); // warm up lazy paths
  heapBefore = heapUsedAfterGc();
});
afterAll(async () => {
  await api?.close();
});

/** The contract every answer to a bad request keeps. */
function checkAnswer(req: BadRequest, res: Answer): void {
  sent++;
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  const what = `${req.method} ${req.url.slice(0, 120)} → ${res.status} ${res.body.slice(0, 300)}`;
  expect(res.status, what).toBeLessThan(500);
  if (req.expect === '4xx') expect(res.status, what).toBeGreaterThanOrEqual(400);
  if (res.status >= 400) {
    expect(res.contentType, what).toMatch(/^application\/json/);
    const body = JSON.parse(res.body) as { error?: { code?: unknown; message?: unknown } };
    expect(body.error?.code, what).toMatch(/^[A-Z_]+$/);
    expect(typeof body.error?.message === 'string' && body.error.message.length > 0, what).toBe(
      true,
    );
  }
}

const routes = Object.entries(badRequestsByRoute());

describe('bad input through app.inject()', () => {
  it.each(routes)(
    '%s: every generated request gets a 4xx with the JSON error body',
    async (route, arb) => {
      await fc.assert(
        fc.asyncProperty(arb, async (req) => {
          const res = await api.app.inject({
            method: req.method,
            url: req.url,
            headers: req.headers,
            payload: req.payload,
          });
          checkAnswer(req, {
            status: res.statusCode,
            contentType: String(res.headers['content-type'] ?? ''),
            body: res.body,
          });
        }),
        { seed: 20260115 + route.length, numRuns: INJECT_RUNS },
      );
    },
  );
});

describe('bad input over real HTTP', () => {
  it.each(routes)('%s: the same contract holds on a socket', async (route, arb) => {
    await fc.assert(
      fc.asyncProperty(arb, async (req) => {
        const res = await fetch(api.url + req.url, {
          method: req.method,
          headers: req.headers,
          body: req.payload,
        });
        checkAnswer(req, {
          status: res.status,
          contentType: res.headers.get('content-type') ?? '',
          body: await res.text(),
        });
      }),
      { seed: 4242 + route.length, numRuns: HTTP_RUNS },
    );
  });
});

describe('after the run', () => {
  it('sent over 10,000 requests, still answers a valid request, and the heap stayed bounded', async () => {
    expect(sent).toBeGreaterThanOrEqual(10_000);
    const ok = await api.app.inject({
      method: 'POST',
      url: '/v1/recommendations',
      payload: { profile: { skills: ['Programming'], interests: ['I'] }, limit: 2 },
    });
    expect(ok.statusCode).toBe(200);
    const growth = heapUsedAfterGc() - heapBefore;
    console.info(
      `bad-input: ${sent} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}, heap growth ${(growth / 1048576).toFixed(1)} MB`,
    );
    expect(growth).toBeLessThan(HEAP_GROWTH_LIMIT_BYTES);
  });
});
