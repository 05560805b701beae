import { describe, expect, it } from 'vitest';
import { validateRerank } from './rerank.js';

const codes = ['a', 'b', 'c', 'd', 'e'];
const check = (order: string[], maxMove = 2, reason = 'fits your values') =>
  validateRerank({ order, reason }, codes, maxMove);

describe('validateRerank', () => {
  it('accepts a permutation that moves no item more than maxMove places', () => {
    expect(check(['c', 'a', 'b', 'd', 'e'])).toEqual({
      ok: true,
      order: ['c', 'a', 'b', 'd', 'e'],
      changed: true,
    });
    expect(check(codes)).toMatchObject({ ok: true, changed: false });
  });
  it.each([
    [['d', 'a', 'b', 'c', 'e'], 'moves 3 places'],
    [['a', 'b', 'c', 'd', 'x'], 'unknown code x'],
    [['a', 'a', 'c', 'd', 'e'], 'duplicate code a'],
    [['a', 'b', 'c', 'd'], 'order has 4 codes'],
  ])('rejects %j (%s)', (order, problem) => {
    const v = check(order);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.problem).toContain(problem);
  });
  it('rejects any move when maxMove is 0, and a proposal without reason', () => {
    expect(check(['b', 'a', 'c', 'd', 'e'], 0).ok).toBe(false);
    expect(check(['b', 'a', 'c', 'd', 'e'], 2, '  ').ok).toBe(false);
  });
});
