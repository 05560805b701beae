// Generators of requests that no endpoint may accept: each case carries at least one violation
// of the route's schema (or of the HTTP layer: content type, size, JSON syntax), so the only
// right answer is a 4xx with the JSON error body.
import fc from 'fast-check';

/** One generated request, ready for `app.inject()` or `fetch`. */
export interface BadRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly payload?: string;
  /** `'4xx'`: must be rejected; `'no5xx'`: may succeed (free text a route accepts), never 5xx. */
  readonly expect: '4xx' | 'no5xx';
}

/** encodeURIComponent after replacing lone surrogates (which it refuses) with U+FFFD. */
const encodeUri = (s: string) =>
  encodeURIComponent(
    s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'),
  );

const JSON_TYPE = { 'content-type': 'application/json' };
const VALID_PROFILE = { skills: ['Programming'], interests: ['I', 'C'] };

/** Strings with every kind of code point: control characters, lone surrogates, emoji. */
export const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('\u0000', '\u202e', '\ud800', '\uffff', '💥'.repeat(30), '../../etc/passwd'),
);

/** Any JSON value, including deep and wide ones. */
const anyJson = fc.jsonValue({ maxDepth: 4 });

/** Nesting far beyond any schema, built as text so the generator itself cannot overflow. */
const deepNesting = fc
  .tuple(fc.integer({ min: 50, max: 5000 }), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => {
    const close = open === '[' ? ']' : '}';
    return `${open.repeat(depth)}1${close.repeat(depth)}`;
  });

/** A key no request schema knows (every body and query schema is strict). */
const unknownKey = fc
  .string({ minLength: 1, maxLength: 20 })
  .filter((k) => !KNOWN_KEYS.has(k) && k !== '__proto__');
const KNOWN_KEYS = new Set([
  'profile',
  'limit',
  'model',
  'explain',
  'llm',
  'code',
  'rating',
  'outcome',
  'subjectId',
  'occupation',
  'answers',
  'q',
  'skills',
  'interests',
  'values',
  'constraints',
  'currentOccupation',
]);

const json = (method: BadRequest['method'], url: string, body: unknown): BadRequest => ({
  method,
  url,
  headers: JSON_TYPE,
  payload: JSON.stringify(body),
  expect: '4xx',
});

/** Bodies that violate the request schema of a JSON POST route whose valid body is `valid`. */
export function badJsonBody(
  url: string,
  valid: Record<string, unknown>,
  wrongFields: fc.Arbitrary<Record<string, unknown>>,
): fc.Arbitrary<BadRequest> {
  const post = (body: unknown) => json('POST', url, body);
  return fc.oneof(
    // Top level is not an object.
    fc
      .oneof(
        fc.array(anyJson, { maxLength: 5 }),
        fc.string(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
      )
      .map(post),
    // A valid body plus an unknown field (the schemas are strict).
    fc.tuple(unknownKey, anyJson).map(([k, v]) => post({ ...valid, [k]: v })),
    // A valid body with one field of the wrong type or out of range.
    wrongFields.map((w) => post({ ...valid, ...w })),
    // A known field holding a deep structure.
    deepNesting.map((nested) => ({
      method: 'POST' as const,
      url,
      headers: JSON_TYPE,
      payload: `{"profile":${nested}}`,
      expect: '4xx' as const,
    })),
    // Huge arrays of nasty strings where a short list is expected.
    fc
      .array(nastyString, { minLength: 36, maxLength: 600 })
      .map((skills) => post({ ...valid, profile: { skills } })),
    // Empty body, malformed JSON, wrong content types, oversized bodies.
    fc
      .constantFrom('', ' ', '{', '{"profile":', 'null x', '\u0000', '{"a":1}}')
      .map((payload): BadRequest => ({
        method: 'POST',
        url,
        headers: JSON_TYPE,
        payload,
        expect: '4xx',
      })),
    fc
      .tuple(
        fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/xml',
          'image/png',
        ),
        fc.string({ maxLength: 200 }),
      )
      .map(([type, payload]): BadRequest => ({
        method: 'POST',
        url,
        headers: { 'content-type': type },
        payload,
        expect: '4xx',
      })),
    fc
      .integer({ min: 65 * 1024, max: 300 * 1024 })
      .map((size) => post({ ...valid, padding: 'x'.repeat(size) })),
  );
}

/** Profiles that break the profile schema or name things O*NET does not have. */
export const badProfile: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({
    skills: fc
      .array(nastyString, { minLength: 1, maxLength: 5 })
      .map((a) => a.map((s) => `${s}\u0007zz`)),
  }),
  fc.record({
    skills: fc.oneof(fc.string(), fc.integer(), fc.dictionary(fc.string(), fc.integer())),
  }),
  fc.record({
    interests: fc
      .array(fc.string({ minLength: 2, maxLength: 10 }), { minLength: 1, maxLength: 8 })
      .map((a) => [...a, 'RR']),
  }),
  fc.record({ skills: fc.constant([{ name: 'Programming', level: 9999 }]) }),
  fc.record({
    currentOccupation: fc.oneof(
      fc.constant(''),
      fc.string({ minLength: 121, maxLength: 400 }),
      fc.integer(),
    ),
  }),
  fc.record({ constraints: fc.oneof(fc.string(), fc.integer(), fc.array(fc.integer())) }),
  fc.tuple(unknownKey, anyJson).map(([k, v]) => ({ ...VALID_PROFILE, [k]: v })),
);

const outOfRangeLimit = fc.oneof(
  fc.integer({ max: 0 }),
  fc.integer({ min: 51 }),
  fc.double({ min: 1.01, max: 49.99, noInteger: true }),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2),
  fc.string(),
  fc.constant(null),
);

/** Every generator, keyed by the route it attacks. */
export function badRequestsByRoute(): Record<string, fc.Arbitrary<BadRequest>> {
  const recommend = { profile: VALID_PROFILE, model: 'baseline', limit: 3 };
  const feedback = { profile: VALID_PROFILE, code: '15-1252.00', rating: 'up' };
  const query = (path: string, params: fc.Arbitrary<Record<string, string>>) =>
    params.map((p): BadRequest => ({
      method: 'GET',
      url: `${path}?${new URLSearchParams(p).toString()}`,
      headers: {},
      expect: '4xx',
    }));
  return {
    'POST /v1/recommendations': badJsonBody(
      '/v1/recommendations',
      recommend,
      fc.oneof(
        badProfile.map((profile) => ({ profile })),
        outOfRangeLimit.map((limit) => ({ limit })),
        fc.oneof(nastyString, fc.integer()).map((model) => ({ model: `${String(model)}x` })),
        anyJson.filter((v) => typeof v !== 'boolean').map((explain) => ({ explain: explain ?? 0 })),
      ),
    ),
    'POST /v1/recommendations/compare': badJsonBody(
      '/v1/recommendations/compare',
      { profile: VALID_PROFILE, limit: 3 },
      fc.oneof(
        badProfile.map((profile) => ({ profile })),
        outOfRangeLimit.map((limit) => ({ limit })),
      ),
    ),
    'POST /v1/feedback': badJsonBody(
      '/v1/feedback',
      feedback,
      fc.oneof(
        badProfile.map((profile) => ({ profile })),
        nastyString.map((code) => ({ code: `${code}#` })),
        fc.constantFrom('99-9999.99', '00-0000.00').map((code) => ({ code })),
        nastyString.map((rating) => ({ rating: `${rating}?` })),
        fc.constant({ rating: undefined }),
        nastyString.map((subjectId) => ({ subjectId: `${subjectId}!` })),
      ),
    ),
    'POST /v1/profiles/infer': badJsonBody(
      '/v1/profiles/infer',
      { occupation: '15-1252.00' },
      fc.oneof(
        fc
          .oneof(
            fc.constant(''),
            fc.string({ minLength: 121, maxLength: 500 }),
            fc.integer(),
            fc.constant(null),
          )
          .map((occupation) => ({ occupation })),
        fc.array(fc.string(), { maxLength: 3 }).map((occupation) => ({ occupation })),
      ),
    ),
    'POST /v1/questionnaire/score': badJsonBody(
      '/v1/questionnaire/score',
      { answers: { R1: 4 } },
      fc.oneof(
        fc
          .record({
            answers: fc.dictionary(
              fc.constantFrom('R1', 'I2', 'A3'),
              fc.oneof(
                fc.integer({ min: 6 }),
                fc.integer({ max: 0 }),
                fc.double({ noInteger: true, min: 1.1, max: 4.9 }),
                fc.string(),
              ),
            ),
          })
          .filter((b) => Object.keys(b.answers).length > 0),
        fc.record({
          answers: fc.dictionary(
            nastyString.map((k) => `Z${k}`),
            fc.integer({ min: 1, max: 5 }),
            { minKeys: 1 },
          ),
        }),
        fc.record({ answers: fc.oneof(fc.array(fc.integer()), fc.string(), fc.constant(null)) }),
      ),
    ),
    'GET /v1/occupations/search': fc.oneof(
      query(
        '/v1/occupations/search',
        fc.record({
          q: fc.oneof(
            fc.constant(''),
            fc.constant('   '),
            fc.string({ minLength: 121, maxLength: 600 }),
          ),
        }),
      ),
      query(
        '/v1/occupations/search',
        fc.record({
          q: nastyString,
          limit: outOfRangeLimit
            .map(String)
            .filter((s) => !/^\s*([1-9]|[1-4]\d|50)(\.0*)?\s*$/.test(s)),
        }),
      ),
      query(
        '/v1/occupations/search',
        fc.tuple(unknownKey, nastyString).map(([k, v]) => ({ q: 'nurse', [k]: v })),
      ),
      query('/v1/occupations/search', fc.constant({})),
    ),
    'GET /v1/occupations/{code}': nastyString.map((code): BadRequest => ({
      method: 'GET',
      url: `/v1/occupations/${encodeUri(code || 'x')}`,
      headers: {},
      expect: '4xx',
    })),
    'GET /v1/feedback/count': fc.oneof(
      query(
        '/v1/feedback/count',
        nastyString.map((code) => ({ code: `${code}#` })),
      ),
      query(
        '/v1/feedback/count',
        fc.tuple(unknownKey, nastyString).map(([k, v]) => ({ [k]: v })),
      ),
    ),
    'GET model/about/questionnaire/reference': fc
      .tuple(
        fc.constantFrom('/v1/model', '/v1/about', '/v1/questionnaire', '/v1/reference'),
        fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE') as fc.Arbitrary<BadRequest['method']>,
        fc.option(anyJson, { nil: undefined }),
      )
      .map(([url, method, body]): BadRequest => ({
        method,
        url,
        headers: body === undefined ? {} : JSON_TYPE,
        payload: body === undefined ? undefined : JSON.stringify(body),
        expect: '4xx',
      })),
    'DELETE /v1/feedback/subjects/{subjectId}': fc
      .oneof(
        fc.string({ maxLength: 7 }).filter((s) => s.length > 0),
        fc.string({ minLength: 65, maxLength: 300 }),
        nastyString.map((s) => `abcdefgh${s}!`),
      )
      .map((id): BadRequest => ({
        method: 'DELETE',
        url: `/v1/feedback/subjects/${encodeUri(id)}`,
        headers: {},
        expect: '4xx',
      })),
    'POST /v1/admin/retrain': fc
      .oneof(
        fc.constant(undefined),
        nastyString.map((t) => `Bearer ${t.replace(/[^\x20-\x7e]/g, '')}x`),
        fc.string({ maxLength: 60 }).map((t) => t.replace(/[^\x20-\x7e]/g, '')),
      )
      .map((authorization): BadRequest => ({
        method: 'POST',
        url: '/v1/admin/retrain',
        headers: authorization === undefined ? {} : { authorization },
        expect: '4xx',
      })),
    // A job title is free text: the title search may find something, so 2xx is allowed here.
    'POST /v1/profiles/infer (free text)': nastyString.map((s): BadRequest => ({
      method: 'POST',
      url: '/v1/profiles/infer',
      headers: JSON_TYPE,
      payload: JSON.stringify({ occupation: `${s} \u0001 x`.slice(0, 120) }),
      expect: 'no5xx',
    })),
    'GET (free text accepted)': fc
      .tuple(
        fc.constantFrom('/v1/occupations/search?q=', '/v1/model?', '/v1/about?x='),
        nastyString,
      )
      .map(([prefix, s]): BadRequest => ({
        method: 'GET',
        url: prefix + encodeUri(s || 'a'),
        headers: {},
        expect: 'no5xx',
      })),
  };
}
