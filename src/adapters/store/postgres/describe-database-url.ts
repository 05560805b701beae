import { AppError } from '../../../errors.js';

/**
 * `host:port/database` of a PostgreSQL URL with user and password removed, safe for logs and
 * error messages; throws CONFIG_INVALID (without echoing the URL) when it cannot be parsed.
 */
export function describeDatabaseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError(
      'CONFIG_INVALID',
      'DATABASE_URL is not a valid URL; use postgres://user:password@host:5432/database.',
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new AppError(
      'CONFIG_INVALID',
      `DATABASE_URL must start with postgres:// or postgresql:// (got ${parsed.protocol}//).`,
    );
  }
  const host = parsed.hostname === '' ? 'localhost' : parsed.hostname;
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  return `${host}:${parsed.port === '' ? '5432' : parsed.port}/${database}`;
}

/** Removes every occurrence of the URL and its password from a message. */
export function scrubSecrets(message: string, url: string): string {
  let out = message.split(url).join('<DATABASE_URL>');
  try {
    const password = decodeURIComponent(new URL(url).password);
    if (password !== '') out = out.split(password).join('***');
  } catch {
    // An unparsable URL has no password we could find; the whole URL is already removed.
  }
  return out;
}
