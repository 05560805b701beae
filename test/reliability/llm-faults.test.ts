// The optional LLM failing under load: a real server process (as `npm start`) with LLM_BASE_URL
// pointing at the scripted fake, and bursts of concurrent recommendation requests while the LLM
// hangs, answers garbage or is down. Every request must still answer 200 with the deterministic
// explanations, marked as not enhanced, bounded by the configured LLM timeout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  completion,
  startFakeOpenAi,
  type FakeOpenAi,
  type FakeReply,
} from '../llm/fake-openai-server.js';
import { request, type JsonResponse } from '../http/support/start-api.js';
import {
  removeDir,
  seedActiveModel,
  seededDataDir,
  startServer,
  stopServer,
  type ServerProcess,
} from '../support/server-process.js';

/** LLM_TIMEOUT_MS of the server under test. */
const LLM_TIMEOUT_MS = 2000;
/** The enhancer runs at most 4 LLM calls at once; a burst of 32 is 8 times that. */
const BURST = 32;
/**
 * The most a request may take: the LLM budget, the last-resort bound above it (timeout + 500)
 * and a generous margin for ranking 32 requests on a busy 2-core machine. Requests queued behind
 * hung LLM calls (8 rounds of 2 s) or waiting for the hanging LLM (60 s) would take far longer.
 */
const REQUEST_BOUND_MS = LLM_TIMEOUT_MS + 500 + 8000;
/** How long the hanging fake LLM takes to answer. */
const HANG_MS = 60_000;
const SECRET = 'sk-llm-faults-SECRET-5a4b3c2d1e';

type Mode = 'hang' | 'garbage';
let mode: Mode = 'hang';
let garbageIndex = 0;

/** Garbage of several kinds: not JSON at all, empty, JSON of the wrong shape, bytes. */
const GARBAGE: (() => FakeReply)[] = [
  () => ({ raw: '<html>502 Bad Gateway</html>' }),
  () => ({ json: completion('Sure! Here are some great careers for you: 1. Astronaut') }),
  () => ({ json: completion('{"items": "everything is fine"}') }),
  () => ({ json: { choices: 'none', usage: null } }),
  () => ({ json: completion('') }),
  () => ({ raw: '\u0000\u0001\uFFFD{{{]]]' }),
];

const SKILL_SETS = [
  ['Programming', 'Mathematics', 'Critical Thinking'],
  ['Speaking', 'Persuasion', 'Negotiation'],
  ['Science', 'Reading Comprehension', 'Writing'],
  ['Repairing', 'Troubleshooting', 'Equipment Maintenance'],
];
/** Request i of a burst: different profiles, so the LLM cache cannot answer. */
function body(i: number, llm: boolean) {
  return {
    profile: {
      skills: SKILL_SETS[i % SKILL_SETS.length]!.map((name, k) => ({
        name,
        level: 2 + ((i + k) % 5),
      })),
      interests: ['I', 'R', 'C', 'E', 'S', 'A'].slice(i % 3, (i % 3) + 3),
    },
    limit: 5,
    explain: true,
    llm,
  };
}

interface Timed {
  readonly res: JsonResponse;
  readonly ms: number;
}

/** Sends the whole burst at once and times each request. */
async function burst(url: string, llm: boolean): Promise<Timed[]> {
  return Promise.all(
    Array.from({ length: BURST }, async (_, i) => {
      const started = performance.now();
      const res = await request(url, 'POST', '/v1/recommendations', { body: body(i, llm) });
      return { res, ms: performance.now() - started };
    }),
  );
}

/** Polls GET /readyz until 200 (expect.poll cannot run in beforeAll). */
async function untilReady(url: string, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const status = await request(url, 'GET', '/readyz').then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > end) throw new Error(`not ready after ${timeoutMs} ms:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let fake: FakeOpenAi;
let server: ServerProcess;
let dataDir: string;
/** The deterministic answer to each request of the burst (llm: false). */
let deterministic: JsonResponse[];

beforeAll(async () => {
  fake = await startFakeOpenAi(() => {
    if (mode === 'hang') return { json: completion('{}'), delayMs: HANG_MS };
    return GARBAGE[garbageIndex++ % GARBAGE.length]!();
  });
  dataDir = seededDataDir();
  await seedActiveModel({ dataDir });
  server = await startServer(
    {
      RATE_LIMIT_PER_MINUTE: '1000000',

      DATA_DIR: dataDir,
      LLM_BASE_URL: fake.baseUrl,
      LLM_API_KEY: SECRET,
      LLM_MODEL: 'fake-model',
      LLM_TIMEOUT_MS: String(LLM_TIMEOUT_MS),
    },
    null,
  );
  await untilReady(server.url);
  deterministic = (await burst(server.url, false)).map((t) => t.res);
  for (const r of deterministic) expect(r.status, r.text).toBe(200);
}, 180_000);

afterAll(async () => {
  if (server) await stopServer(server);
  await fake?.close().catch(() => undefined);
  if (dataDir) removeDir(dataDir);
});

/** Every answer: 200, the same ranking and deterministic texts, marked as not enhanced. */
function expectDeterministic(results: Timed[], reasons: readonly string[]) {
  const seen = new Set<string>();
  results.forEach(({ res, ms }, i) => {
    expect(res.status, res.text).toBe(200);
    expect(ms, `request ${i} took ${Math.round(ms)} ms`).toBeLessThan(REQUEST_BOUND_MS);
    const recs = res.body.recommendations as any[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    const before = deterministic[i]!.body.recommendations as any[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(recs.map((r) => r.code)).toEqual(before.map((r) => r.code));
    expect(recs.map((r) => r.score)).toEqual(before.map((r) => r.score));
    recs.forEach((r, k) => {
      expect(r.explanation.text).toBe(before[k].explanation.text);
      expect(r.explanation.deterministicText).toBe(before[k].explanation.text);
      expect(r.explanation.llm.used).toBe(false);
      seen.add(r.explanation.llm.reason as string);
    });
  });
  expect(
    [...seen].every((r) => reasons.includes(r)),
    [...seen].join(', '),
  ).toBe(true);
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  console.info(
    `burst of ${BURST}: reasons ${[...seen].join(', ')}; latency p50 ${Math.round(ms[BURST >> 1]!)} ms, max ${Math.round(ms.at(-1)!)} ms (bound ${REQUEST_BOUND_MS} ms)`,
  );
}

describe('the optional LLM failing under load (real server process)', () => {
  it('hangs: every request of a burst answers 200 with the deterministic texts within the LLM timeout bound, none queued behind the hung calls', async () => {
    mode = 'hang';
    const before = fake.requests.length;
    const results = await burst(server.url, true);
    expectDeterministic(results, ['timeout']);
    // How many calls reached the LLM depends on timing: calls that found no free slot (4) before
    // their deadline gave up without it, but on a slow machine the burst arrives spread out and
    // slots free up in between. Nothing waited beyond its deadline either way (the bound above).
    expect(fake.requests.length - before).toBeGreaterThan(0);
  }, 120_000);

  it('answers garbage: every request answers 200 with the deterministic texts', async () => {
    mode = 'garbage';
    const before = fake.requests.length;
    const results = await burst(server.url, true);
    expectDeterministic(results, ['malformed output']);
    expect(fake.requests.length - before).toBeGreaterThanOrEqual(BURST);
  }, 120_000);

  it('is down (connection refused): every request answers 200 with the deterministic texts', async () => {
    await fake.close();
    const results = await burst(server.url, true);
    expectDeterministic(results, ['unreachable']);
  }, 120_000);

  it('keeps the LLM key out of the server log', () => {
    expect(server.output()).toContain('"reason":"timeout"');
    expect(server.output()).not.toContain(SECRET);
  });
});
