import * as crypto from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAdminGuard } from './admin-auth.js';

// Wraps the real timingSafeEqual so the tests can see every comparison the guard makes.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof crypto>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const TOKEN = 'correct-horse-battery';

describe('createAdminGuard', () => {
  const guard = createAdminGuard(TOKEN);

  beforeEach(() => {
    vi.mocked(crypto.timingSafeEqual).mockClear();
  });

  it('accepts the right bearer token, whatever the scheme case', () => {
    expect(() => guard(`Bearer ${TOKEN}`)).not.toThrow();
    expect(() => guard(`bearer ${TOKEN}`)).not.toThrow();
  });

  it('rejects a missing, malformed, wrong, longer or shorter token with UNAUTHORIZED', () => {
    for (const header of [
      undefined,
      '',
      TOKEN,
      'Basic Y29ycmVjdA==',
      'Bearer wrong',
      `Bearer ${TOKEN}-staple`,
      'Bearer correct-horse',
      [`Bearer ${TOKEN}`],
    ]) {
      expect(() => guard(header), String(header)).toThrow(
        expect.objectContaining({ code: 'UNAUTHORIZED' }),
      );
    }
  });

  it('compares every well-formed token with crypto.timingSafeEqual over equal-length digests, whatever its length', () => {
    const tokens = [
      TOKEN, // right
      'correct-horse-batterx', // same length, last character wrong
      'xorrect-horse-battery', // same length, first character wrong
      'c', // much shorter
      'correct-horse', // a prefix
      `${TOKEN}-staple`, // the right token plus more
      'x'.repeat(4096), // much longer
      'ünïcödé-tökén', // multi-byte characters
    ];
    const spy = vi.mocked(crypto.timingSafeEqual);
    for (const token of tokens) {
      spy.mockClear();
      const accepted = (() => {
        try {
          guard(`Bearer ${token}`);
          return true;
        } catch {
          return false;
        }
      })();
      expect(accepted, token).toBe(token === TOKEN);
      // Exactly one constant-time comparison, never skipped for a length mismatch …
      expect(spy, token).toHaveBeenCalledTimes(1);
      const [a, b] = spy.mock.calls[0]! as [Buffer, Buffer];
      // … of two SHA-256 digests (32 bytes each), so the token's length cannot change the work done.
      expect([a.length, b.length], token).toEqual([32, 32]);
      expect(b.equals(crypto.createHash('sha256').update(TOKEN).digest()), token).toBe(true);
      expect(spy.mock.results[0]!.value, token).toBe(token === TOKEN);
    }
  });

  it('compares digests, never the token text itself', () => {
    const spy = vi.mocked(crypto.timingSafeEqual);
    expect(() => guard(`Bearer ${TOKEN.slice(0, -1)}`)).toThrow(/wrong/);
    const [a] = spy.mock.calls[0]! as [Buffer, Buffer];
    expect(a.toString('utf8')).not.toContain('correct-horse');
  });

  it('rejects everything when no token is configured', () => {
    expect(() => createAdminGuard(undefined)('Bearer ')).toThrow(/ADMIN_TOKEN/);
    expect(() => createAdminGuard('')('Bearer x')).toThrow(/ADMIN_TOKEN/);
  });
});
