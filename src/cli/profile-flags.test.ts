import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { readProfileFlags } from './profile-flags.js';

describe('profile flags', () => {
  it('reads --interests as letters in order of preference', async () => {
    expect((await readProfileFlags({ interests: 'S, I' })).interests).toEqual(['S', 'I']);
  });

  it('reads six numbers in --interests as scores in RIASEC order, Interest Profiler raw scores included', async () => {
    expect((await readProfileFlags({ interests: '12,33,20,40,8,0' })).interests).toEqual([
      12, 33, 20, 40, 8, 0,
    ]);
    expect((await readProfileFlags({ interests: '2,6.5,4,7,1,1' })).interests).toEqual([
      2, 6.5, 4, 7, 1, 1,
    ]);
  });

  it('refuses a number of scores other than six, and scores on neither scale, saying what to give', async () => {
    const short = await readProfileFlags({ interests: '3,5' }).catch((e: unknown) => e);
    expect(isAppError(short) && short.message).toContain('six numbers in RIASEC order');
    const big = await readProfileFlags({ interests: '45,1,1,1,1,1' }).catch((e: unknown) => e);
    expect(isAppError(big) && big.message).toContain('Interest Profiler raw score from 0 to 40');
  });
});
