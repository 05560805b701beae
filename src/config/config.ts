import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors.js';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const optionalInt = (min: number, max: number) =>
  optionalString.pipe(z.coerce.number<string | undefined>().int().min(min).max(max).optional());

const optionalUrl = optionalString.pipe(
  z
    .string()
    .regex(/^https?:\/\/[^\s/]+/i, 'must be an http(s) URL such as https://www.onetcenter.org')
    .optional(),
);

const envSchema = z.object({
  ONET_DIR: optionalString,
  BLS_DIR: optionalString,
  ONET_SOURCE_URL: optionalUrl,
  BLS_SOURCE_URL: optionalUrl,
  DATA_DIR: optionalString,
  HOST: optionalString,
  PORT: optionalInt(0, 65535),
  DATABASE_URL: optionalString,
  DATABASE_SCHEMA: optionalString.pipe(
    z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case identifier ([a-z_][a-z0-9_]*)')
      .optional(),
  ),
  MODEL_POLL_INTERVAL_MS: optionalInt(100, 3_600_000),
  ADMIN_TOKEN: optionalString,
  LLM_BASE_URL: optionalString,
  LLM_API_KEY: optionalString,
  LLM_MODEL: optionalString,
  LLM_TIMEOUT_MS: optionalInt(1, 600_000),
  CORS_ORIGINS: optionalString,
  LOG_LEVEL: optionalString,
  RATE_LIMIT_PER_MINUTE: optionalInt(1, 10_000_000),
});

/** Everything the product reads from the environment, parsed once and frozen. */
export interface Config {
  /** Folder with the O*NET text release (`Occupation Data.txt`, …). */
  readonly onetDir: string;
  /** Folder with the BLS tables (projections and OEWS, tab-delimited). */
  readonly blsDir: string;
  /**
   * True when ONET_DIR or BLS_DIR was set: the data is where the person said, and the server
   * never downloads it on its own (it does when both folders are the defaults and empty).
   */
  readonly dataDirsConfigured: boolean;
  /** Publisher base URLs for downloads (ONET_SOURCE_URL, BLS_SOURCE_URL); unset: the official sites. */
  readonly dataSources: { readonly onet?: string; readonly bls?: string };
  /** Folder for everything the product writes: compiled catalog, SQLite store, models. */
  readonly dataDir: string;
  readonly host: string;
  readonly port: number;
  /** PostgreSQL connection string; when absent the embedded SQLite store is used. */
  readonly databaseUrl: string | undefined;
  /** PostgreSQL schema holding the tables (created if missing); `public` unless DATABASE_SCHEMA. */
  readonly databaseSchema: string;
  /** How often each instance checks the registry for a model another instance activated. */
  readonly modelPollIntervalMs: number;
  readonly adminToken: string | undefined;
  readonly llm: {
    readonly baseUrl: string | undefined;
    readonly apiKey: string | undefined;
    readonly model: string | undefined;
    readonly timeoutMs: number;
  };
  readonly corsOrigins: readonly string[];
  readonly logLevel: string;
  readonly rateLimitPerMinute: number;
}

/** Parses the environment into a frozen Config; the only reader of process.env (see main/). */
export function parseConfig(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new AppError(
      'CONFIG_INVALID',
      `Invalid environment: ${problems.join('; ')}. Fix these variables and start again.`,
      { problems },
    );
  }
  const e = parsed.data;
  const resolve = (p: string | undefined, fallback: string) => path.resolve(cwd, p ?? fallback);
  return Object.freeze({
    onetDir: resolve(e.ONET_DIR, 'data/onet'),
    blsDir: resolve(e.BLS_DIR, 'data/bls'),
    dataDirsConfigured: e.ONET_DIR !== undefined || e.BLS_DIR !== undefined,
    dataSources: Object.freeze({ onet: e.ONET_SOURCE_URL, bls: e.BLS_SOURCE_URL }),
    dataDir: resolve(e.DATA_DIR, 'var'),
    host: e.HOST ?? '127.0.0.1',
    port: e.PORT ?? 3000,
    databaseUrl: e.DATABASE_URL,
    databaseSchema: e.DATABASE_SCHEMA ?? 'public',
    modelPollIntervalMs: e.MODEL_POLL_INTERVAL_MS ?? 2000,
    adminToken: e.ADMIN_TOKEN,
    llm: Object.freeze({
      baseUrl: e.LLM_BASE_URL,
      apiKey: e.LLM_API_KEY,
      model: e.LLM_MODEL,
      timeoutMs: e.LLM_TIMEOUT_MS ?? 4000,
    }),
    corsOrigins: Object.freeze(
      (e.CORS_ORIGINS ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
    logLevel: e.LOG_LEVEL ?? 'info',
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE ?? 600,
  });
}

/** The address a person opens in a browser (a wildcard host is reached on the loopback). */
export function toPublicUrl(config: Pick<Config, 'host' | 'port'>): string {
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}/`;
}
