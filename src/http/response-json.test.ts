import { describe, expect, it } from 'vitest';
import { toResponseJson } from './response-json.js';

describe('response JSON', () => {
  const body = {
    model: { description: 'user–career pairs; the model’s probability' },
    list: [1, 2.5, null, true, 'plain', 'range 16–81% — “quoted” 😀', ['nested – dash']],
    skipped: undefined,
    latin1: 'Résumé ©',
    date: new Date(Date.UTC(2026, 11, 4)),
    empty: {},
  };

  it('parses to exactly what JSON.stringify gives', () => {
    expect(JSON.parse(toResponseJson(body))).toEqual(JSON.parse(JSON.stringify(body)));
  });

  it('writes characters above U+00FF as escapes and leaves Latin-1 as it is', () => {
    const text = toResponseJson(body);
    expect(text).not.toMatch(/[\u0100-\uffff]/);
    expect(text).toContain('user\\u2013career');
    expect(text).toContain('Résumé ©');
    expect(text).not.toContain('skipped');
  });

  it('keeps a body without such characters byte for byte', () => {
    const plain = { a: [1, 'x', { b: null }], c: 'Résumé' };
    expect(toResponseJson(plain)).toBe(JSON.stringify(plain));
  });
});
