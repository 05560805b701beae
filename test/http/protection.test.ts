import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, startTestApi, type TestApi } from './support/start-api.js';

const ADMIN_TOKEN = 'admin-token-7f3c9e1d2b';
const LLM_KEY = 'sk-llm-key-5a8d0c4e6f';
const DB_PASSWORD = 'db-pass-9b2e7d1c3a';
const PROFILE = { skills: ['Programming'], interests: ['I'] };

let api: TestApi;
let releaseRetrain: (() => void) | undefined;
let retrainFails = false;
const call = (method: string, path: string, init?: Parameters<typeof request>[3]) =>
  request(api.url, method, path, init);

beforeAll(async () => {
  api = await startTestApi({
    adminToken: ADMIN_TOKEN,
    secrets: [LLM_KEY, DB_PASSWORD],
    limits: { bodyLimitBytes: 64 * 1024 },
    corsOrigins: ['https://careers.example'],
    retrain: async () => {
      if (retrainFails) {
        throw new Error(
          `cannot reach postgres://careers:${DB_PASSWORD}@db:5432/careers (key ${LLM_KEY})`,
        );
      }
      await new Promise<void>((resolve) => (releaseRetrain = resolve));
      return { version: 'test-model', activated: true };
    },
  });
});
afterAll(async () => {
  await api.close();
});

describe('request errors', () => {
  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await call('POST', '/v1/recommendations', {
      raw: '{"profile": {"skills": [',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('MALFORMED_JSON');
  });

  it('answers a body that is not JSON with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await call('POST', '/v1/recommendations', {
        raw: 'profile=x',
        headers: { 'content-type': type },
      });
      expect(res.status, type).toBe(415);
      expect(res.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('answers an oversized body with 413 BODY_TOO_LARGE', async () => {
    const res = await call('POST', '/v1/recommendations', {
      body: { profile: PROFILE, padding: 'x'.repeat(70 * 1024) },
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('BODY_TOO_LARGE');
    expect(res.body.error.message).toMatch(/64 kB/);
  });

  it('answers a POST without a body with 400 VALIDATION_FAILED', async () => {
    const res = await call('POST', '/v1/recommendations');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('answers unknown routes and methods with a JSON 404', async () => {
    for (const [method, path] of [
      ['GET', '/v2/recommendations'],
      ['GET', '/v1/recommendations'],
      ['PUT', '/v1/feedback'],
    ] as const) {
      const res = await call(method, path);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
      expect(res.body.error.message).toContain(path);
    }
  });

  it('puts the request id in every error body and the x-request-id header', async () => {
    const mine = await call('GET', '/v1/occupations/99-9999.99', {
      headers: { 'x-request-id': 'client-chosen-id-42' },
    });
    expect(mine.headers.get('x-request-id')).toBe('client-chosen-id-42');
    expect(mine.body.error.requestId).toBe('client-chosen-id-42');
    const invalid = await call('GET', '/healthz', {
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(invalid.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('security headers and CORS', () => {
  it('sends the helmet security headers and a self-only CSP', async () => {
    for (const path of ['/v1/about', '/', '/docs/static/index.html']) {
      const res = await fetch(api.url + path);
      expect(res.status, path).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('allows a configured origin and gives no CORS grant to any other', async () => {
    const allowed = await fetch(`${api.url}/v1/about`, {
      headers: { origin: 'https://careers.example' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://careers.example');
    expect(allowed.headers.get('access-control-expose-headers')).toMatch(/X-Request-Id/i);
    const other = await fetch(`${api.url}/v1/about`, {
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight for an allowed origin with the allowed methods and headers', async () => {
    const res = await fetch(`${api.url}/v1/recommendations`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://careers.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://careers.example');
    expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
  });
});

describe('POST /v1/admin/retrain', () => {
  it('answers 401 without a token, with a malformed header and with a wrong token', async () => {
    for (const authorization of [undefined, 'Basic abc', `Bearer ${ADMIN_TOKEN}x`, 'Bearer ']) {
      const headers: Record<string, string> = authorization ? { authorization } : {};
      const res = await call('POST', '/v1/admin/retrain', { headers });
      expect(res.status, authorization).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHORIZED');
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  it('runs the injected retrain with the right token, one run at a time', async () => {
    const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const first = call('POST', '/v1/admin/retrain', { headers });
    await expect.poll(() => releaseRetrain).toBeTypeOf('function');
    const second = await call('POST', '/v1/admin/retrain', { headers });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('RETRAIN_IN_PROGRESS');
    releaseRetrain!();
    const done = await first;
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ version: 'test-model', activated: true });
  });

  it('turns an unexpected failure into a generic 500 with the request id, logged with its stack', async () => {
    retrainFails = true;
    const res = await call('POST', '/v1/admin/retrain', {
      headers: { authorization: `bearer ${ADMIN_TOKEN}`, 'x-request-id': 'failing-retrain-1' },
    });
    retrainFails = false;
    expect(res.status).toBe(500);
    expect(res.body.error).toEqual({
      code: 'INTERNAL',
      message: expect.stringMatching(/request id/),
      details: null,
      requestId: 'failing-retrain-1',
    });
    expect(res.text).not.toMatch(/postgres|at async|\.ts:/);
    const logged = api.logs.filter(
      (l) => l.includes('failing-retrain-1') && l.includes('"level":50'),
    );
    expect(logged.join('\n')).toMatch(/cannot reach postgres.*stack/s);
  });

  it('answers 401 on a server without ADMIN_TOKEN and 503 RETRAIN_UNAVAILABLE without training', async () => {
    const noToken = await startTestApi({});
    const noTraining = await startTestApi({ adminToken: ADMIN_TOKEN });
    try {
      const a = await request(noToken.url, 'POST', '/v1/admin/retrain', {
        headers: { authorization: 'Bearer anything-at-all' },
      });
      expect(a.status).toBe(401);
      expect(a.body.error.message).toMatch(/ADMIN_TOKEN/);
      const b = await request(noTraining.url, 'POST', '/v1/admin/retrain', {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      expect(b.status).toBe(503);
      expect(b.body.error.code).toBe('RETRAIN_UNAVAILABLE');
    } finally {
      await noToken.close();
      await noTraining.close();
    }
  });
});

describe('logs', () => {
  it('writes one JSON line per request with its request id, and never a secret', async () => {
    await call('GET', `/v1/about?token=${ADMIN_TOKEN}&key=${encodeURIComponent(LLM_KEY)}`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'x-request-id': 'log-check-1' },
    });
    const lines = api.logs.filter((l) => l.includes('log-check-1'));
    expect(lines.length).toBeGreaterThanOrEqual(1);
    const completed = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'request completed');
    expect(completed).toMatchObject({ reqId: 'log-check-1', method: 'GET', statusCode: 200 });
    const all = api.logs.join('\n');
    expect(all).toContain('[REDACTED]');
    for (const secret of [ADMIN_TOKEN, LLM_KEY, DB_PASSWORD, encodeURIComponent(LLM_KEY)]) {
      expect(all).not.toContain(secret);
    }
  });
});

describe('rate limit', () => {
  it('answers 429 RATE_LIMITED with Retry-After and the JSON error body past the limit', async () => {
    const limited = await startTestApi({ limits: { rateLimitPerMinute: 3 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++)
        statuses.push((await request(limited.url, 'GET', '/v1/about')).status);
      expect(statuses).toEqual([200, 200, 200]);
      const res = await request(limited.url, 'GET', '/v1/questionnaire');
      expect(res.status).toBe(429);
      expect(res.body.error.code).toBe('RATE_LIMITED');
      expect(res.body.error.details.limitPerMinute).toBe(3);
      const retryAfter = Number(res.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect((await request(limited.url, 'GET', '/nowhere')).status).toBe(429);
      expect((await request(limited.url, 'GET', '/healthz')).status).toBe(200);
      expect((await request(limited.url, 'GET', '/metrics')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('while the catalog loads', () => {
  it('answers /healthz, but API routes with 503 NOT_READY and Retry-After', async () => {
    const loading = await startTestApi({
      serviceReady: false,
      readiness: async () => ({ catalog: { ok: false, detail: 'loading the O*NET catalog' } }),
    });
    try {
      expect((await request(loading.url, 'GET', '/healthz')).body).toEqual({ status: 'ok' });
      const res = await request(loading.url, 'POST', '/v1/recommendations', {
        body: { profile: PROFILE, model: 'baseline' },
      });
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('NOT_READY');
      expect(res.headers.get('retry-after')).toBe('5');
      const ready = await request(loading.url, 'GET', '/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body.reasons).toEqual(['catalog: loading the O*NET catalog']);
    } finally {
      await loading.close();
    }
  });
});
