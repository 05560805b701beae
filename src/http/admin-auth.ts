import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors.js';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Builds the admin check: the `Authorization: Bearer <token>` header against the configured
 * token, compared in constant time over SHA-256 digests (equal length whatever the input).
 * Throws AppError UNAUTHORIZED when the header is missing or wrong, or no token is configured.
 */
export function createAdminGuard(adminToken: string | undefined): (header: unknown) => void {
  const expected = adminToken ? digest(adminToken) : null;
  return (header) => {
    if (expected === null) {
      throw new AppError(
        'UNAUTHORIZED',
        'Admin endpoints are disabled: the server has no ADMIN_TOKEN. Set it and restart.',
      );
    }
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) {
      throw new AppError(
        'UNAUTHORIZED',
        'Send the admin token in the header Authorization: Bearer <token>.',
      );
    }
    if (!timingSafeEqual(digest(match[1]!), expected)) {
      throw new AppError('UNAUTHORIZED', 'The admin token is wrong.');
    }
  };
}
