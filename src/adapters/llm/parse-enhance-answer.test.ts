import { describe, expect, it } from 'vitest';
import { parseEnhanceAnswer } from './parse-enhance-answer.js';

const good = { items: [{ code: '15-1252.00', text: ' Nice fit. ' }], rerank: null };

describe('parseEnhanceAnswer', () => {
  it('reads the object, trimming texts, also inside code fences or prose', () => {
    const expected = { items: [{ code: '15-1252.00', text: 'Nice fit.' }], rerank: null };
    expect(parseEnhanceAnswer(JSON.stringify(good))).toEqual(expected);
    expect(parseEnhanceAnswer('```json\n' + JSON.stringify(good) + '\n```')).toEqual(expected);
    expect(parseEnhanceAnswer('Here: ' + JSON.stringify({ items: good.items }))).toEqual(expected);
  });
  it('keeps a re-rank proposal', () => {
    const rerank = { order: ['b', 'a'], reason: 'pays more' };
    expect(parseEnhanceAnswer(JSON.stringify({ ...good, rerank }))?.rerank).toEqual(rerank);
  });
  it.each([
    'no json here',
    '{"items": [',
    JSON.stringify({ items: [] }),
    JSON.stringify({ items: [{ code: 'x' }] }),
    JSON.stringify({ items: [{ code: 'x', text: 'y'.repeat(2000) }] }),
    JSON.stringify({ ...good, rerank: { order: 'b,a', reason: 'r' } }),
  ])('returns null for an answer that is not the object asked for (case %#)', (content) => {
    expect(parseEnhanceAnswer(content)).toBeNull();
  });
});
