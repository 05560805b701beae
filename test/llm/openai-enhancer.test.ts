import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAiEnhancer, type OpenAiEnhancerOptions } from '../../src/adapters/llm/index.js';
import { toEnhanceInput } from '../../src/app/enhance/index.js';
import type { EnhanceInput } from '../../src/app/ports/index.js';
import { startFakeOpenAi, type FakeOpenAi, type FakeScript } from './fake-openai-server.js';
import { loadRealResult } from './real-result.js';
import { goodAnswer } from './scripted-answers.js';

const SECRET = 'sk-live-DO-NOT-LEAK-9f8e7d6c5b4a';

let inputs: EnhanceInput[];
let server: FakeOpenAi | undefined;

beforeAll(async () => {
  const { result } = await loadRealResult(12);
  const recs = result.recommendations;
  // Six different lists of two (different facts, so different cache keys).
  inputs = [0, 2, 4, 6, 8, 10].map((i) => toEnhanceInput(recs.slice(i, i + 2), null, 2)!);
});

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function enhancerFor(script: FakeScript, options: Partial<OpenAiEnhancerOptions> = {}) {
  server = await startFakeOpenAi(script);
  const logLines: string[] = [];
  const enhancer = createOpenAiEnhancer({
    baseUrl: server.baseUrl,
    apiKey: SECRET,
    model: 'fake-model',
    timeoutMs: 2000,
    retryDelayMs: 10,
    logger: {
      warn: (d, m) => logLines.push(`${m} ${JSON.stringify(d)}`),
      debug: (d, m) => logLines.push(`${m} ${JSON.stringify(d)}`),
    },
    ...options,
  });
  return { enhancer, server, logLines };
}

describe('createOpenAiEnhancer', () => {
  it('answers the same facts from the cache without calling the server again', async () => {
    const { enhancer, server } = await enhancerFor(({ body }) => goodAnswer(body));
    const first = await enhancer.enhance(inputs[0]!);
    const second = await enhancer.enhance(structuredClone(inputs[0]!));
    const other = await enhancer.enhance(inputs[1]!);
    expect(first).toMatchObject({ ok: true, cached: false });
    expect(second).toMatchObject({ ok: true, cached: true });
    expect(second.ok && first.ok && second.proposal).toEqual(first.ok && first.proposal);
    expect(other).toMatchObject({ ok: true, cached: false });
    expect(server.requests).toHaveLength(2);
    expect(enhancer.stats()).toMatchObject({ cacheHits: 1, cacheMisses: 2, totalTokens: 2400 });
  });

  it('evicts the least recently used answer past the cache size', async () => {
    const { enhancer, server } = await enhancerFor(({ body }) => goodAnswer(body), {
      cacheSize: 2,
    });
    for (const i of [0, 1, 0, 2, 0, 1]) await enhancer.enhance(inputs[i]!);
    // 0 miss, 1 miss, 0 hit, 2 miss (evicts 1), 0 hit, 1 miss.
    expect(server.requests).toHaveLength(4);
    expect(enhancer.stats()).toMatchObject({ cacheHits: 2, cacheMisses: 4 });
  });

  it('never has more requests in flight than maxConcurrency', async () => {
    const { enhancer, server } = await enhancerFor(
      ({ body }) => ({ ...goodAnswer(body), delayMs: 150 }),
      { maxConcurrency: 2, timeoutMs: 5000 },
    );
    const outs = await Promise.all(inputs.map((input) => enhancer.enhance(input)));
    expect(outs.every((o) => o.ok)).toBe(true);
    expect(server.requests).toHaveLength(6);
    expect(server.peakConcurrent()).toBe(2);
    expect(enhancer.stats()).toMatchObject({ peakInFlight: 2, inFlight: 0 });
  });

  it('counts the wait for a slot against the deadline', async () => {
    const timeoutMs = 300;
    const { enhancer } = await enhancerFor(
      ({ body }) => ({ ...goodAnswer(body), delayMs: 10_000 }),
      { maxConcurrency: 1, timeoutMs },
    );
    const started = performance.now();
    const outs = await Promise.all(inputs.slice(0, 3).map((input) => enhancer.enhance(input)));
    expect(outs.map((o) => !o.ok && o.reason)).toEqual(['timeout', 'timeout', 'timeout']);
    expect(performance.now() - started).toBeLessThan(timeoutMs + 1500);
  });

  it('stops when the caller aborts', async () => {
    const { enhancer } = await enhancerFor(({ body }) => ({
      ...goodAnswer(body),
      delayMs: 10_000,
    }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const out = await enhancer.enhance(inputs[0]!, controller.signal);
    expect(out).toEqual({ ok: false, reason: 'aborted', model: 'fake-model' });
  });

  it('does not retry when Retry-After asks for more than the cap', async () => {
    const { enhancer, server } = await enhancerFor(
      () => ({ status: 429, headers: { 'retry-after': '5' }, json: { error: { message: 'x' } } }),
      { timeoutMs: 10_000, maxRetryAfterMs: 1000 },
    );
    const out = await enhancer.enhance(inputs[0]!);
    expect(out).toMatchObject({ ok: false, reason: 'rate limited' });
    expect(server.requests).toHaveLength(1);
  });

  it('sends json_object mode by default and leaves it out when jsonMode is false', async () => {
    const { enhancer, server } = await enhancerFor(({ body }) => goodAnswer(body), {
      jsonMode: false,
      maxOutputTokens: 800,
    });
    await enhancer.enhance(inputs[0]!);
    expect(server.requests[0]!.body.response_format).toBeUndefined();
    expect(server.requests[0]!.body.max_tokens).toBe(800);
  });

  it('keeps the API key out of every log line, result and stats object', async () => {
    const echo = `bad key ${SECRET} (Authorization: Bearer ${SECRET})`;
    const replies = [
      { status: 401, json: { error: { message: echo } } },
      { status: 403, json: { error: { message: echo } } },
      { status: 400, json: { error: { message: echo } } },
      { status: 500, json: { error: { message: echo } } },
      { status: 200, raw: `not json ${SECRET}` },
    ];
    const { enhancer, logLines } = await enhancerFor(
      ({ index }) => replies[Math.min(index, 5) % 5]!,
    );
    const outs = [];
    for (const input of inputs.slice(0, 5)) outs.push(await enhancer.enhance(input));
    expect(outs.every((o) => !o.ok)).toBe(true);
    expect(logLines.length).toBeGreaterThanOrEqual(5);
    const everything = [...logLines, JSON.stringify(outs), JSON.stringify(enhancer.stats())].join(
      '\n',
    );
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain('DO-NOT-LEAK');
  });
});
