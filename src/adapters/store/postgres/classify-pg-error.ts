import { AppError } from '../../../errors.js';
import { scrubSecrets } from './describe-database-url.js';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

/** SQLSTATEs of a lost or refused connection: class 08, admin/crash shutdown, cannot connect now. */
const LOST_STATES = /^(08...|57P01|57P02|57P03)$/;

/** Messages pg (not the server) uses when a socket dies or the pool gives up connecting. */
const LOST_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed|Client was closed|connection timeout/i;

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * True when a pooled connection that used to work has died (server restart, idle kill,
 * pg_terminate_backend): the pool drops it and the next attempt gets a fresh one, so an
 * idempotent read may be retried at once. Failures to connect are not stale: retrying them
 * would only multiply the connect timeout.
 */
export function isPgConnectionStale(error: unknown): boolean {
  const code = codeOf(error);
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === '57P01' || code === '57P02') {
    return true;
  }
  return /Connection terminated/i.test(messageOf(error));
}

/** True when the error means the connection was lost or never made. */
export function isPgConnectionLost(error: unknown): boolean {
  const code = codeOf(error);
  if (code !== undefined && (NETWORK_CODES.has(code) || LOST_STATES.test(code))) return true;
  if (error instanceof AggregateError && error.errors.some(isPgConnectionLost)) return true;
  return LOST_MESSAGES.test(messageOf(error));
}

/**
 * Maps pg errors that mean "the database cannot be used" to AppError STORE_UNAVAILABLE with a
 * message naming host:port/database only; other errors (bugs, constraints) pass through as
 * undefined.
 */
export function classifyPgError(url: string, location: string) {
  return (error: unknown): AppError | undefined => {
    const code = codeOf(error);
    const reason = scrubSecrets(messageOf(error), url);
    let hint: string;
    if (isPgConnectionLost(error)) {
      hint = 'Check that the server is running and reachable and that DATABASE_URL is right.';
    } else if (code === '28P01' || code === '28000') {
      hint = 'Check the user name and password in DATABASE_URL.';
    } else if (code === '3D000') {
      hint = 'Create the database or fix its name in DATABASE_URL.';
    } else if (code === '53300' || code === '53400') {
      hint = 'The server has no free connections; lower the pool size or raise max_connections.';
    } else {
      return undefined;
    }
    return new AppError(
      'STORE_UNAVAILABLE',
      `Cannot use PostgreSQL at ${location} (${reason}). ${hint}`,
      { code },
    );
  };
}
