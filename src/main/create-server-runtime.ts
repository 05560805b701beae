import type { Logger } from 'pino';
import { loadCatalog } from '../adapters/catalog/index.js';
import { createStore } from '../adapters/store/index.js';
import type { ExplanationEnhancer, Store } from '../app/ports/index.js';
import { createRecommenderContext, type RecommenderContext } from '../app/recommend/index.js';
import {
  createCareersService,
  createModelHolder,
  type CareersService,
  type LoadedModel,
} from '../app/service/index.js';
import type { Config } from '../config/index.js';
import { AppError } from '../errors.js';
import type { ActivateModelFn, ReadinessCheck, ReadinessProbe, RetrainFn } from '../http/index.js';
import { loadOrBuildTitleSearch } from './title-search-cache.js';

/** What the model step found or made: the model to serve, or why there is none. */
export interface ModelStepResult {
  readonly model: LoadedModel | null;
  /** For /readyz and the log when `model` is null. */
  readonly reason: string;
}

/**
 * The start-up model step: returns the active model from the registry, training and activating
 * the default one first when the registry is empty.
 */
export type EnsureModel = (input: {
  readonly store: Store;
  readonly ctx: RecommenderContext;
  readonly log: Logger;
}) => Promise<ModelStepResult>;

/** Loads the model another instance activated (version from the registry's change feed). */
export type ReloadModel = (input: {
  readonly store: Store;
  readonly ctx: RecommenderContext;
  readonly version: string;
}) => Promise<LoadedModel | null>;

/** Runs the feedback loop (train, compare, maybe activate); resolves to its decision. */
export type RunRetrain = (input: {
  readonly log: Logger;
}) => Promise<Readonly<Record<string, unknown>>>;

/** What the runtime is built from. */
export interface ServerRuntimeOptions {
  readonly config: Config;
  readonly logger: Logger;
  readonly version: string;
  readonly ensureModel: EnsureModel;
  readonly reloadModel?: ReloadModel;
  /** The feedback loop behind POST /v1/admin/retrain. */
  readonly runRetrain?: RunRetrain;
  /** The optional LLM that rewords explanations (null when LLM_* is not configured). */
  readonly enhancer?: ExplanationEnhancer | null;
  readonly now?: () => Date;
  /** How long /readyz waits for the store's ping. */
  readonly pingTimeoutMs?: number;
  /** Pause between attempts to open an unreachable store. */
  readonly storeRetryMs?: number;
}

/** The server's mutable state and the pieces createHttpServer needs from it. */
export interface ServerRuntime {
  readonly service: () => CareersService | null;
  readonly readiness: ReadinessProbe;
  readonly retrain: RetrainFn | undefined;
  /** Activates a registered version here and, through the registry, on the other instances. */
  readonly activateModel: ActivateModelFn | undefined;
  /** Opens the store, loads the catalog and the title search, then the model. Never throws. */
  start(): Promise<void>;
  /** Stops watchers and closes the store. */
  close(): Promise<void>;
}

const failed = (detail: string): ReadinessCheck => ({ ok: false, detail });

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Builds the runtime behind `npm start`: state that starts empty (so the server can listen at
 * once) and fills in as the store, catalog, title search and model become available.
 */
export function createServerRuntime(options: ServerRuntimeOptions): ServerRuntime {
  const { config, logger: log } = options;
  const now = options.now ?? (() => new Date());
  const models = createModelHolder();
  let store: Store | null = null;
  let ctx: RecommenderContext | null = null;
  let service: CareersService | null = null;
  let titleSearch: Awaited<ReturnType<typeof loadOrBuildTitleSearch>> | null = null;
  let catalogCheck = failed('loading the O*NET catalog');
  let storeCheck = failed('opening the store');
  let modelCheck = failed('waiting for the catalog and the store');
  let closed = false;
  let unsubscribe: (() => void) | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let reconcileTimer: NodeJS.Timeout | undefined;

  const notReady = (what: string) =>
    new AppError(
      'NOT_READY',
      `${what} needs the store and the catalog, which are not ready yet; see GET /readyz.`,
    );

  const serve = (model: LoadedModel, message: string) => {
    models.set(model);
    modelCheck = { ok: true, detail: `model ${model.version}` };
    log.info({ version: model.version }, message);
  };

  const rebuildService = () => {
    if (!ctx || !titleSearch) return;
    service = createCareersService({
      ctx,
      titleSearch,
      store,
      models,
      now,
      version: options.version,
      enhancer: options.enhancer ?? null,
      llmDeadlineMs: config.llm.timeoutMs + 500,
    });
  };

  const openStore = async (): Promise<void> => {
    try {
      store = await createStore({
        databaseUrl: config.databaseUrl,
        databaseSchema: config.databaseSchema,
        dataDir: config.dataDir,
        pollIntervalMs: config.modelPollIntervalMs,
        onError: (error) => log.warn({ err: error }, 'store watcher error'),
      });
      if (closed) return void (await store.close());
      storeCheck = { ok: true, detail: `${store.kind} at ${store.location}` };
      log.info({ kind: store.kind, location: store.location }, 'store opened');
    } catch (error) {
      storeCheck = failed(`cannot open the store: ${(error as Error).message}`);
      log.error({ err: error }, 'cannot open the store; retrying');
      retryTimer = setTimeout(
        () => void openStore().then(afterStore),
        options.storeRetryMs ?? 10_000,
      );
      retryTimer.unref();
    }
  };

  const prepareModel = async (): Promise<void> => {
    if (!store || !ctx || closed) return;
    modelCheck = failed('preparing the model (the first start trains the default model)');
    try {
      const { model, reason } = await options.ensureModel({ store, ctx, log });
      models.set(model);
      modelCheck = model ? { ok: true, detail: `model ${model.version}` } : failed(reason);
      if (model) log.info({ version: model.version }, 'model active');
      else log.warn({ reason }, 'no model is active; "ml" recommendations answer 503');
    } catch (error) {
      modelCheck = failed(`preparing the model failed: ${(error as Error).message}`);
      log.error({ err: error }, 'preparing the model failed');
      // Keep going: another instance may activate a model this one can serve.
    }
    const reload = options.reloadModel;
    if (!reload || unsubscribe || closed) return;
    const watched = store;
    const watchedCtx = ctx;
    const follow = (version: string | null) => {
      if (version === null || version === models.current()?.version) return;
      reload({ store: watched, ctx: watchedCtx, version })
        .then((model) => {
          if (model) serve(model, 'switched to the model another instance activated');
        })
        .catch((error: unknown) => {
          // The last good model keeps serving; /readyz says which one and why the new one is not.
          const current = models.current();
          const why = `the newly activated model ${version} cannot be loaded (${(error as Error).message})`;
          modelCheck = current
            ? {
                ok: true,
                detail: `model ${current.version}; ${why}; still serving ${current.version}`,
              }
            : failed(why);
          log.error(
            { err: error, version },
            'cannot load the new model; keeping the last good one',
          );
        });
    };
    unsubscribe = watched.onActiveModelChanged(follow);
    // The watcher's first poll only sets its baseline; one check after it catches a version
    // another instance activated between the model step above and that first poll.
    reconcileTimer = setTimeout(() => {
      watched
        .getActiveVersion()
        .then(follow, (error: unknown) => log.warn({ err: error }, 'cannot read the active model'));
    }, config.modelPollIntervalMs);
    reconcileTimer.unref();
  };

  const afterStore = async () => {
    rebuildService();
    await prepareModel();
  };

  const loadCatalogStep = async (): Promise<void> => {
    const started = performance.now();
    log.info({ onetDir: config.onetDir, blsDir: config.blsDir }, 'loading the catalog');
    try {
      const catalog = await loadCatalog(config, {
        onProgress: (p) =>
          log.debug({ step: p.step, detail: p.detail, done: p.done, total: p.total }, 'catalog'),
      });
      titleSearch = await loadOrBuildTitleSearch(catalog, config.dataDir, log);
      ctx = createRecommenderContext(catalog);
      catalogCheck = {
        ok: true,
        detail: `${catalog.source.onetRelease}, ${catalog.occupations.length} occupations`,
      };
      log.info(
        { ms: Math.round(performance.now() - started), occupations: catalog.occupations.length },
        'catalog ready',
      );
    } catch (error) {
      catalogCheck = failed(`cannot load the catalog: ${(error as Error).message}`);
      log.error({ err: error }, 'cannot load the catalog');
    }
  };

  return {
    service: () => service,
    readiness: async () => {
      let storeNow = storeCheck;
      if (store && storeCheck.ok) {
        try {
          await withTimeout(store.ping(), options.pingTimeoutMs ?? 2000, 'the store');
        } catch (error) {
          storeNow = failed(`the store does not answer: ${(error as Error).message}`);
        }
      }
      return { catalog: catalogCheck, store: storeNow, model: modelCheck };
    },
    retrain: options.runRetrain
      ? async () => {
          const runRetrain = options.runRetrain!;
          if (!store || !ctx) throw notReady('Retraining');
          const decision = await runRetrain({ log });
          const version = decision.version;
          if (decision.activated === true && typeof version === 'string' && options.reloadModel) {
            const model = await options.reloadModel({ store, ctx, version });
            if (model) serve(model, 'retrained model active');
          }
          return decision;
        }
      : undefined,
    activateModel: options.reloadModel
      ? async (version) => {
          const reload = options.reloadModel!;
          if (!store || !ctx) throw notReady('Activating a model');
          // Load first: an unknown version or an artifact that no longer fits is never activated.
          const model = await reload({ store, ctx, version });
          if (!model) {
            throw new AppError(
              'NOT_FOUND',
              `No model "${version}" in the registry; use a version a retrain reported (POST /v1/admin/retrain) or GET /v1/model shows.`,
            );
          }
          const previous = await store.getActiveVersion();
          await store.activateModel(version, {
            reason: 'activated by an administrator (POST /v1/admin/models/{version}/activate)',
            metrics: { previous },
            decidedAt: now().toISOString(),
          });
          serve(model, 'model activated by an administrator');
          return { version, previous };
        }
      : undefined,
    async start() {
      await Promise.all([openStore(), loadCatalogStep()]);
      if (closed) return;
      await afterStore();
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      clearTimeout(reconcileTimer);
      unsubscribe?.();
      await store?.close();
    },
  };
}
