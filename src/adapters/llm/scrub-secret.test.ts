import { describe, expect, it } from 'vitest';
import { scrubSecret } from './scrub-secret.js';

describe('scrubSecret', () => {
  it('removes the secret, bearer credentials and key-shaped strings', () => {
    const text =
      'key abcd1234xyz; Authorization: Bearer abcd1234xyz; also sk-proj-AAAAbbbbCCCC1234';
    const out = scrubSecret(text, 'abcd1234xyz');
    expect(out).not.toContain('abcd1234xyz');
    expect(out).not.toContain('sk-proj-AAAAbbbbCCCC1234');
    expect(out).toBe('key [redacted]; Authorization: Bearer [redacted]; also [redacted]');
  });
  it('leaves text alone when there is nothing secret in it', () => {
    expect(scrubSecret('HTTP 500: upstream failed', undefined)).toBe('HTTP 500: upstream failed');
  });
});
