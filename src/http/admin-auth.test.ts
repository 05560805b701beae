import { describe, expect, it } from 'vitest';
import { createAdminGuard } from './admin-auth.js';

describe('createAdminGuard', () => {
  const guard = createAdminGuard('correct-horse-battery');

  it('accepts the right bearer token, whatever the scheme case', () => {
    expect(() => guard('Bearer correct-horse-battery')).not.toThrow();
    expect(() => guard('bearer correct-horse-battery')).not.toThrow();
  });

  it('rejects a missing, malformed, wrong, longer or shorter token with UNAUTHORIZED', () => {
    for (const header of [
      undefined,
      '',
      'correct-horse-battery',
      'Basic Y29ycmVjdA==',
      'Bearer wrong',
      'Bearer correct-horse-battery-staple',
      'Bearer correct-horse',
      ['Bearer correct-horse-battery'],
    ]) {
      expect(() => guard(header), String(header)).toThrow(
        expect.objectContaining({ code: 'UNAUTHORIZED' }),
      );
    }
  });

  it('rejects everything when no token is configured', () => {
    expect(() => createAdminGuard(undefined)('Bearer ')).toThrow(/ADMIN_TOKEN/);
    expect(() => createAdminGuard('')('Bearer x')).toThrow(/ADMIN_TOKEN/);
  });
});
