// /docs "Try it out": every request body the API documents carries an example, and sending that
// example as it is succeeds (a newcomer's first request must not answer 400).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTinyModel, request, startTestApi, type TestApi } from './support/start-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ model: await loadTinyModel() });
}, 120_000);
afterAll(async () => {
  await api.close();
});

interface Operation {
  readonly requestBody?: {
    readonly content: Record<string, { readonly schema: { readonly example?: unknown } }>;
  };
  readonly security?: unknown;
}

describe('the request examples in the OpenAPI document', () => {
  it('gives every JSON request body an example, and each one answers 2xx as it is', async () => {
    const doc = (await request(api.url, 'GET', '/openapi.json')).body;
    const withBody = Object.entries(doc.paths as Record<string, Record<string, Operation>>)
      .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })))
      .filter(({ op }) => op.requestBody?.content['application/json'] && !op.security);
    expect(withBody.map((o) => o.path)).toEqual(
      expect.arrayContaining(['/v1/recommendations', '/v1/feedback', '/v1/profiles/infer']),
    );
    for (const { path, method, op } of withBody) {
      const example = op.requestBody!.content['application/json']!.schema.example;
      expect(example, `${method} ${path} has no example`).toBeDefined();
      const res = await request(api.url, method.toUpperCase(), path, { body: example });
      expect([res.status, path], JSON.stringify(res.body).slice(0, 300)).toEqual([
        expect.toSatisfy((s: number) => s >= 200 && s < 300),
        path,
      ]);
    }
  }, 120_000);

  it('says in /v1/about that no LLM is configured when there is none', async () => {
    const about = await request(api.url, 'GET', '/v1/about');
    expect(about.body.llm).toEqual({ configured: false, model: null });
  });
});
