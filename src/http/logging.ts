import pinoPretty from 'pino-pretty';
import { pino, type DestinationStream, type Logger } from 'pino';

/** What the logger writes to: anything with a `write(line)` (stdout, a file, a test array). */
export interface LogDestination {
  write(line: string): unknown;
}

/** How to build the server's logger. */
export interface HttpLoggerOptions {
  readonly level: string;
  /**
   * Secret values (admin token, LLM key, database password …): every occurrence in a log line,
   * raw, JSON-escaped or URL-encoded, is replaced by [REDACTED] before the line is written.
   */
  readonly secrets: readonly (string | undefined)[];
  /** Defaults to standard output. */
  readonly destination?: LogDestination;
  /** Human-readable lines (for a terminal) instead of JSON; ignored with a destination. */
  readonly pretty?: boolean;
}

/** What redacted values are replaced with. */
export const REDACTED = '[REDACTED]';

/** Paths pino censors structurally (headers and secret-named fields), whatever their value. */
export const REDACT_PATHS = Object.freeze([
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'authorization',
  'adminToken',
  'apiKey',
  'databaseUrl',
  'password',
  '*.adminToken',
  '*.apiKey',
  '*.databaseUrl',
  '*.password',
  '*.authorization',
  'config.llm.apiKey',
]);

/** The shortest secret worth scrubbing (shorter strings would censor ordinary words). */
const MIN_SECRET_LENGTH = 6;

function variantsOf(secret: string): string[] {
  return [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)];
}

/**
 * Wraps a destination so no secret value reaches it: a last line of defence for secrets that
 * end up inside messages, URLs or error text (e.g. a database URL in a driver error).
 */
export function createRedactingDestination(
  destination: LogDestination,
  secrets: readonly (string | undefined)[],
): LogDestination {
  const needles = [
    ...new Set(
      secrets
        .filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH)
        .flatMap(variantsOf),
    ),
  ].sort((a, b) => b.length - a.length);
  if (needles.length === 0) return destination;
  return {
    write(line: string) {
      let out = line;
      for (const needle of needles) {
        if (out.includes(needle)) out = out.split(needle).join(REDACTED);
      }
      return destination.write(out);
    },
  };
}

/** The password inside a connection URL such as postgres://user:pw@host/db, if any. */
export function passwordOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const password = new URL(url).password;
    return password === '' ? undefined : decodeURIComponent(password);
  } catch {
    return undefined;
  }
}

/** Builds the structured JSON logger the server (and Fastify's request logs) use. */
export function createHttpLogger(options: HttpLoggerOptions): Logger {
  const base =
    options.destination ??
    (options.pretty
      ? pinoPretty({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid' })
      : pino.destination({ dest: 1, sync: false }));
  const destination = createRedactingDestination(base, options.secrets);
  return pino(
    {
      level: options.level,
      redact: { paths: [...REDACT_PATHS], censor: REDACTED },
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination as DestinationStream,
  );
}
