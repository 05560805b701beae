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

  it('writes what JSON.stringify writes, piece by piece, at every depth and for every kind of value', () => {
    const deep = { a: { b: { c: { d: { e: [1, { f: 'g – h', u: undefined }] } } } } };
    const odd = {
      list: [undefined, () => 1, Symbol('s'), NaN, -0, 1e21],
      bare: Object.assign(Object.create(null) as object, { x: 1 }),
      withToJSON: { toJSON: () => ({ replaced: true }) },
      map: new Map([[1, 2]]),
      boxed: new String('boxed'),
      '2': 'numeric key first',
    };
    for (const value of [deep, odd, [deep, odd], 'top – level', 42, null]) {
      expect(toResponseJson(value)).toBe(
        JSON.stringify(value).replace(
          /[\u0100-\uffff]/g,
          (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
        ),
      );
    }
  });

  it('reuses the text of a deeply frozen value and never of one that can change', () => {
    const frozen = Object.freeze({
      reason: 'change 6.7% in 2024–34',
      pay: Object.freeze({ p10: 1 }),
    });
    const shallow = Object.freeze({ inner: { n: 1 } });
    const first = toResponseJson({ a: frozen, b: shallow });
    (shallow.inner as { n: number }).n = 2;
    const second = toResponseJson({ a: frozen, b: shallow });
    expect(first).toBe(
      '{"a":{"reason":"change 6.7% in 2024\\u201334","pay":{"p10":1}},"b":{"inner":{"n":1}}}',
    );
    expect(second).toBe(
      '{"a":{"reason":"change 6.7% in 2024\\u201334","pay":{"p10":1}},"b":{"inner":{"n":2}}}',
    );
  });
});
