import { beforeAll, describe, expect, it } from 'vitest';
import { enhanceResult } from '../../src/app/enhance/index.js';
import type { ExplanationEnhancer } from '../../src/app/ports/index.js';
import type { RecommendationResult } from '../../src/app/recommend/index.js';
import { loadRealResult } from './real-result.js';

let result: RecommendationResult;

beforeAll(async () => {
  ({ result } = await loadRealResult(3));
});

const reasons = (r: RecommendationResult) =>
  r.recommendations.map((x) => x.explanation!.llm.reason);

describe('enhanceResult with misbehaving enhancers', () => {
  it('never throws: an enhancer that throws leaves the deterministic text', async () => {
    const throwing: ExplanationEnhancer = {
      model: 'broken',
      enhance: () => Promise.reject(new Error('bug')),
    };
    const { result: out, outcome } = await enhanceResult(result, throwing);
    expect(outcome).toMatchObject({ used: false, reason: 'enhancer error' });
    expect(reasons(out)).toEqual(['enhancer error', 'enhancer error', 'enhancer error']);
    expect(out.recommendations.map((r) => r.explanation!.text)).toEqual(
      result.recommendations.map((r) => r.explanation!.text),
    );
  });

  it('stops waiting at deadlineMs for an enhancer that ignores its own timeout', async () => {
    let sawAbort = false;
    const hanging: ExplanationEnhancer = {
      model: 'hanging',
      enhance: (_input, signal) =>
        new Promise(() => signal?.addEventListener('abort', () => (sawAbort = true))),
    };
    const started = performance.now();
    const { outcome } = await enhanceResult(result, hanging, { deadlineMs: 200 });
    expect(outcome).toMatchObject({ used: false, reason: 'timeout' });
    expect(sawAbort).toBe(true);
    expect(performance.now() - started).toBeLessThan(200 + 1500);
  });

  it('leaves a result without explanations untouched', async () => {
    const bare = {
      ...result,
      recommendations: result.recommendations.map(({ explanation: _e, ...r }) => r),
    };
    const called: string[] = [];
    const spy: ExplanationEnhancer = {
      model: 'spy',
      enhance: () => (called.push('x'), Promise.resolve({ ok: false, reason: 'timeout' })),
    };
    const { result: out, outcome } = await enhanceResult(bare, spy);
    expect(out).toBe(bare);
    expect(outcome.reason).toBe('no facts');
    expect(called).toEqual([]);
  });
});
