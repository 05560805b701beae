import { readDocument } from '../../../src/adapters/documents/index.js';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createStore } from '../../../src/adapters/store/index.js';
import type { ExplanationEnhancer, Store, TitleSearch } from '../../../src/app/ports/index.js';
import {
  createRecommenderContext,
  type RecommenderContext,
} from '../../../src/app/recommend/index.js';
import {
  createCareersService,
  createModelHolder,
  type CareersService,
  type LoadedModel,
  type ModelHolder,
} from '../../../src/app/service/index.js';
import { trainModel } from '../../../src/app/train/index.js';
import {
  createHttpLogger,
  createHttpServer,
  DEFAULT_HTTP_LIMITS,
  type HttpLimits,
  type HttpServerDeps,
  type ZodApp,
} from '../../../src/http/index.js';
import { loadOrBuildTitleSearch } from '../../../src/adapters/search/index.js';
import { loadSharedCatalog, SHARED_TEST_DATA_DIR } from '../../support/catalog.js';

/** The fixed clock of the test service. */
export const TEST_NOW = new Date('2026-01-15T12:00:00.000Z');

let prepared: Promise<{ ctx: RecommenderContext; titleSearch: TitleSearch }> | undefined;

/** The real catalog, recommender context and title search, built once per test worker. */
export function loadTestCatalog(): Promise<{ ctx: RecommenderContext; titleSearch: TitleSearch }> {
  prepared ??= (async () => {
    const catalog = await loadSharedCatalog();
    const titleSearch = await loadOrBuildTitleSearch(
      catalog,
      SHARED_TEST_DATA_DIR,
      pino({ level: 'silent' }),
    );
    return { ctx: createRecommenderContext(catalog), titleSearch };
  })();
  return prepared;
}

let tinyModel: Promise<LoadedModel> | undefined;

/** A small logistic model (600 seeded pairs) trained once per test worker on the real catalog. */
export function loadTinyModel(): Promise<LoadedModel> {
  tinyModel ??= loadTestCatalog().then(({ ctx }) => {
    const trained = trainModel(
      ctx,
      { pairs: 600, seed: 7, recipe: 'blended' },
      TEST_NOW.toISOString(),
    );
    return {
      scorer: trained.scorer,
      version: trained.version,
      metrics: trained.report,
      createdAt: trained.artifact.createdAt,
      dataRelease: `${ctx.catalog.source.onetRelease}; ${ctx.catalog.source.blsRelease}`,
    };
  });
  return tinyModel;
}

/** Options of one test server; everything defaults to a working server. */
export interface TestApiOptions {
  readonly limits?: Partial<HttpLimits>;
  readonly corsOrigins?: readonly string[];
  readonly adminToken?: string;
  readonly retrain?: HttpServerDeps['retrain'];
  readonly readiness?: HttpServerDeps['readiness'];
  /** When false the service is not available (as while the catalog loads). */
  readonly serviceReady?: boolean;
  /** Extra values the logger must scrub (besides the admin token). */
  readonly secrets?: readonly string[];
  readonly webRoot?: string | null;
  /** The model to serve (none by default: "ml" then answers MODEL_MISSING). */
  readonly model?: LoadedModel;
  /** The LLM behind `"llm": true` (none by default: such requests say it is not configured). */
  readonly enhancer?: ExplanationEnhancer;
  /** Adds test-only routes before the server listens. */
  readonly extraRoutes?: (app: ZodApp) => void;
  /** Opens the store to use (default: a fresh SQLite store in a temp folder); closed by close(). */
  readonly openStore?: () => Promise<Store>;
}

/** A running API on a loopback port with a real SQLite store in a temp folder. */
export interface TestApi {
  readonly url: string;
  readonly app: ZodApp;
  readonly store: Store;
  readonly models: ModelHolder;
  readonly service: CareersService;
  /** Every log line written so far (JSON strings). */
  readonly logs: string[];
  close(): Promise<void>;
}

/** Starts the API on 127.0.0.1:0 with the real catalog and a fresh SQLite store. */
export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const { ctx, titleSearch } = await loadTestCatalog();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'careers-http-'));
  const store = await (options.openStore?.() ?? createStore({ dataDir: dir }));
  const models = createModelHolder(options.model ?? null);
  const service = createCareersService({
    ctx,
    titleSearch,
    store,
    models,
    now: () => TEST_NOW,
    version: 'test',
    enhancer: options.enhancer ?? null,
    documents: { read: (bytes, name) => readDocument(bytes, name) },
  });
  const logs: string[] = [];
  const logger = createHttpLogger({
    level: 'info',
    secrets: [options.adminToken, ...(options.secrets ?? [])],
    destination: { write: (line: string) => logs.push(line) },
  });
  const app = await createHttpServer({
    service: () => (options.serviceReady === false ? null : service),
    readiness:
      options.readiness ??
      (async () => ({
        catalog: { ok: true, detail: 'loaded' },
        model: models.current()
          ? { ok: true, detail: 'active' }
          : { ok: false, detail: 'no trained model is active' },
      })),
    adminToken: options.adminToken,
    retrain: options.retrain,
    limits: { ...DEFAULT_HTTP_LIMITS, rateLimitPerMinute: 100_000, ...options.limits },
    corsOrigins: options.corsOrigins ?? [],
    logger,
    webRoot: options.webRoot ?? null,
    version: 'test',
  });
  options.extraRoutes?.(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    store,
    models,
    service,
    logs,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A response with its JSON body parsed (null when the body is not JSON). */
export interface JsonResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly text: string;
}

/** Sends one request and parses the JSON answer. */
export async function request(
  base: string,
  method: string,
  urlPath: string,
  init: { body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<JsonResponse> {
  const headers: Record<string, string> = { ...init.headers };
  let body: string | undefined = init.raw;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(base + urlPath, { method, headers, body });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/**
 * Parses `body` with a response schema and returns what the schema kept: equal to `body` only
 * when the schema describes every field (zod drops the keys it does not know).
 */
export function throughSchema(schema: { parse(value: unknown): unknown }, body: unknown): unknown {
  return JSON.parse(JSON.stringify(schema.parse(body)));
}
