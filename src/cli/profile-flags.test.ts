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

describe('--skills on the command line', () => {
  it('takes a level on the one skill scale, as a number 1–5 or its word', async () => {
    const profile = await readProfileFlags({
      skills: 'Writing:4, coding:advanced,Speaking, Mathematics:Basic',
    });
    expect(profile.skills).toEqual([
      { name: 'Writing', rating: 4 },
      { name: 'coding', rating: 4 },
      'Speaking',
      { name: 'Mathematics', rating: 1 },
    ]);
  });

  it('refuses an O*NET 0–7 level or a decimal, saying the scale and where raw levels go', async () => {
    for (const item of ['Programming:6', 'Programming:4.5', 'Programming:great']) {
      const error = await readProfileFlags({ skills: item }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isAppError(error), item).toBe(true);
      if (!isAppError(error)) continue;
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.message).toContain(
        '1 basic, 2 developing, 3 proficient, 4 advanced or 5 expert',
      );
      expect(error.message).toContain('--profile');
    }
  });
});

describe('--avoid-fields and --change', () => {
  it('reads fields to avoid and how big a change, into constraints and preferences', async () => {
    const profile = await readProfileFlags({
      current: '29-1141.00',
      avoidFields: '29, 31',
      change: 'new-direction',
    });
    expect(profile.constraints?.avoidSocMajorGroups).toEqual(['29', '31']);
    expect(profile.preferences).toEqual({ change: 'new-direction' });
  });

  it('refuses a change that is not close, balanced or new-direction', async () => {
    const error = await readProfileFlags({ current: '29-1141.00', change: 'big' }).catch(
      (e: unknown) => e,
    );
    expect(isAppError(error) && error.message).toContain('new-direction');
  });
});
