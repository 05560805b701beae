import { describe, expect, it } from 'vitest';
import { isDetailCode, parseOnetCode, toMajorGroup, toMinorGroup, toSocCode } from './onet-code.js';

describe('O*NET-SOC codes', () => {
  it('accepts NN-NNNN.NN and rejects other shapes', () => {
    expect(parseOnetCode(' 15-1244.00 ')).toBe('15-1244.00');
    expect(parseOnetCode('15-1244')).toBeNull();
    expect(parseOnetCode('151244.00')).toBeNull();
  });

  it('derives the SOC code, major and minor group, and detail flag', () => {
    const code = parseOnetCode('29-1229.01')!;
    expect(toSocCode(code)).toBe('29-1229');
    expect(toMajorGroup(code)).toBe('29');
    expect(toMinorGroup(code)).toBe('29-12');
    expect(isDetailCode(code)).toBe(true);
    expect(isDetailCode(parseOnetCode('15-1244.00')!)).toBe(false);
  });
});
