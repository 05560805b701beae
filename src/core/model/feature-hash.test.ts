import { describe, expect, it } from 'vitest';
import { hashFeatureNames } from './feature-hash.js';

describe('hashFeatureNames', () => {
  it('is 64-bit FNV-1a over the UTF-8 bytes (published test vectors)', () => {
    expect(hashFeatureNames([''])).toBe('fnv1a64:cbf29ce484222325');
    expect(hashFeatureNames(['a'])).toBe('fnv1a64:af63dc4c8601ec8c');
    expect(hashFeatureNames(['foobar'])).toBe('fnv1a64:85944171f73967e8');
  });

  it('changes when a name is renamed, added or moved', () => {
    const base = hashFeatureNames(['user:x', 'career:y']);
    expect(hashFeatureNames(['user:x', 'career:y'])).toBe(base);
    expect(hashFeatureNames(['career:y', 'user:x'])).not.toBe(base);
    expect(hashFeatureNames(['user:x', 'career:z'])).not.toBe(base);
    expect(hashFeatureNames(['user:x', 'career:y', 'pair:z'])).not.toBe(base);
    expect(hashFeatureNames(['user:é'])).not.toBe(hashFeatureNames(['user:e']));
  });
});
