import { AppError } from '../../errors.js';
import type { Store, TitleSearch } from '../ports/index.js';
import type { RecommenderContext } from '../recommend/index.js';
import {
  createModelHolder,
  type CareersService,
  type LoadedModel,
  type ModelHolder,
} from '../service/index.js';
import { activateRegisteredModel, followActiveModel } from './follow-active-model.js';
import {
  failing,
  unref,
  withTimeout,
  type ReadinessCheck,
  type ReadinessProbe,
} from './readiness.js';

/** Reference queries built per turn of the event loop while warming a model up (about 30 ms). */
const WARM_UP_STEP = 64;

/** A structured log (a pino logger fits). */
export interface InstanceLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** What the catalog step makes: the context, the title search and a line for /readyz. */
export interface CatalogParts {
  readonly ctx: RecommenderContext;
  readonly titleSearch: TitleSearch;
  readonly detail: string;
}

/** The start-up steps and jobs the composition root provides (adapters behind them). */
export interface InstanceSteps {
  /** Opens the store; throws while it cannot (then tried again every `storeRetryMs`). */
  readonly openStore: () => Promise<Store>;
  /** Loads the catalog, the recommender context and the title search. */
  readonly loadCatalog: () => Promise<CatalogParts>;
  /** The service over the parts (store null while it cannot be opened). */
  readonly wireService: (parts: {
    readonly ctx: RecommenderContext;
    readonly titleSearch: TitleSearch;
    readonly store: Store | null;
    readonly models: ModelHolder;
  }) => CareersService;
  /** The start-up model step: the active model, the default one trained first when none is. */
  readonly ensureModel: (store: Store) => Promise<LoadedModel | null>;
  /** Loads a registered version (another instance's activation, a retrain's, an admin's). */
  readonly loadVersion: (store: Store, version: string) => Promise<LoadedModel | null>;
  /** The feedback loop, off the event loop; resolves to its decision. */
  readonly runRetrain: (options?: {
    readonly force?: boolean;
  }) => Promise<Readonly<Record<string, unknown>>>;
}

/** What an instance is built from. */
export interface InstanceOptions {
  readonly steps: InstanceSteps;
  readonly log: InstanceLog;
  /** How often the registry is polled for another instance's activation. */
  readonly modelPollIntervalMs: number;
  /** How long /readyz waits for the store's ping. */
  readonly pingTimeoutMs?: number;
  /** Pause between attempts to open an unreachable store. */
  readonly storeRetryMs?: number;
  readonly now?: () => Date;
}

/** An API instance's state and the pieces the HTTP server needs from it. */
export interface InstanceRuntime {
  /** The use cases; null while the catalog is still loading. */
  readonly service: () => CareersService | null;
  readonly readiness: ReadinessProbe;
  /** Runs the feedback loop; a model it activates serves here at once. */
  readonly retrain: (options?: {
    readonly force?: boolean;
  }) => Promise<Readonly<Record<string, unknown>>>;
  /** Activates a registered version here and, through the registry, on the other instances. */
  readonly activateModel: (
    version: string,
  ) => Promise<{ readonly version: string; readonly previous: string | null }>;
  /** Opens the store, loads the catalog and the title search, then the model. Never throws. */
  start(): Promise<void>;
  /** Stops watchers and timers and closes the store. */
  close(): Promise<void>;
}

/**
 * An API instance: state that starts empty (so the server can listen at once) and fills in as
 * the store, catalog, title search and model become available; then it follows the model the
 * registry makes active.
 */
export function createInstanceRuntime(options: InstanceOptions): InstanceRuntime {
  const { steps, log } = options;
  const now = options.now ?? (() => new Date());
  const models = createModelHolder();
  const checks: Record<'catalog' | 'store' | 'model', ReadinessCheck> = {
    catalog: failing('loading the O*NET catalog'),
    store: failing('opening the store'),
    model: failing('waiting for the catalog and the store'),
  };
  const state = {
    store: null as Store | null,
    parts: null as CatalogParts | null,
    service: null as CareersService | null,
    started: false,
    closed: false,
    stops: [] as (() => void)[],
  };
  // Once a model is servable and the service is there, its caches are built in small steps (a
  // few hundredths of a second each), one per turn of the event loop, so requests and probes are
  // answered meanwhile and the first people to ask find them built.
  // One chain of steps at a time: it goes on with whichever model is active.
  let warming = false;
  const warmSoon = () => {
    if (warming) return;
    warming = true;
    const step = () => {
      const more =
        !state.closed && models.current() !== null && state.service?.warmUp(WARM_UP_STEP) === false;
      if (more) setImmediate(step);
      else warming = false;
    };
    setImmediate(step);
  };
  const serve = (model: LoadedModel, message: string) => {
    models.set(model);
    checks.model = { ok: true, detail: `model ${model.version}` };
    log.info({ version: model.version }, message);
    warmSoon();
  };
  const ready = (what: string) => {
    const { store, parts } = state;
    if (!store || !parts) {
      throw new AppError(
        'NOT_READY',
        `${what} needs the store and the catalog, which are not ready yet; see GET /readyz.`,
      );
    }
    return { store, load: (version: string) => steps.loadVersion(store, version) };
  };

  const prepareModel = async (store: Store) => {
    checks.model = failing('preparing the model (the first start trains the default model)');
    try {
      const model = await steps.ensureModel(store);
      if (model) serve(model, 'model active');
      else {
        const reason = 'training finished without an active model';
        checks.model = failing(reason);
        log.warn({ reason }, 'no model is active; "ml" recommendations answer 503');
      }
    } catch (error) {
      checks.model = failing(`preparing the model failed: ${(error as Error).message}`);
      log.error({ err: error }, 'preparing the model failed');
      // Keep going: another instance may activate a model this one can serve.
    }
    if (state.closed) return;
    const stop = followActiveModel({
      registry: store,
      models,
      load: (version) => steps.loadVersion(store, version),
      reconcileAfterMs: options.modelPollIntervalMs,
      events: {
        served: (model) => serve(model, 'switched to the model another instance activated'),
        loadFailed: (version, error) => {
          // The last good model keeps serving; /readyz says which one and why the new one is not.
          const current = models.current()?.version;
          const why = `the newly activated model ${version} cannot be loaded (${error.message})`;
          checks.model = current
            ? { ok: true, detail: `model ${current}; ${why}; still serving ${current}` }
            : failing(why);
          log.error(
            { err: error, version },
            'cannot load the new model; keeping the last good one',
          );
        },
        readFailed: (error) => log.warn({ err: error }, 'cannot read the active model'),
      },
    });
    state.stops.push(stop);
  };

  // The model step needs only the store (a first start trains in a worker that loads its own
  // catalog), so it starts as soon as the store is open, beside the catalog load: on two cores a
  // first start's training no longer waits for this thread to build the catalog. Once per store.
  let modelStep: { readonly store: Store; readonly done: Promise<void> } | null = null;
  const startModelStep = (store: Store) => {
    if (modelStep?.store !== store) modelStep = { store, done: prepareModel(store) };
    return modelStep.done;
  };

  // The service answers as soon as the catalog is there (search, baseline); once the store is
  // open it is rebuilt with it, and start() resolves when the model step has run.
  const afterStartUp = async () => {
    const { store, parts } = state;
    if (!parts || state.closed) return;
    state.service = steps.wireService({ ...parts, store, models });
    if (models.current()) warmSoon();
    if (store) await startModelStep(store);
  };

  const openStore = async (): Promise<void> => {
    try {
      const store = await steps.openStore();
      if (state.closed) return void (await store.close());
      state.store = store;
      checks.store = { ok: true, detail: `${store.kind} at ${store.location}` };
      log.info({ kind: store.kind, location: store.location }, 'store opened');
      // prepareModel reports its own failures: the promise does not reject.
      void startModelStep(store);
      if (state.started) await afterStartUp();
    } catch (error) {
      checks.store = failing(`cannot open the store: ${(error as Error).message}`);
      log.error({ err: error }, 'cannot open the store; retrying');
      const retry = setTimeout(() => void openStore(), options.storeRetryMs ?? 10_000);
      unref(retry);
      state.stops.push(() => clearTimeout(retry));
    }
  };

  const loadCatalog = async (): Promise<void> => {
    try {
      const parts = await steps.loadCatalog();
      state.parts = parts;
      checks.catalog = { ok: true, detail: parts.detail };
    } catch (error) {
      checks.catalog = failing(`cannot load the catalog: ${(error as Error).message}`);
      log.error({ err: error }, 'cannot load the catalog');
    }
  };

  return {
    service: () => state.service,
    readiness: async () => {
      let store = checks.store;
      if (state.store && store.ok) {
        try {
          await withTimeout(state.store.ping(), options.pingTimeoutMs ?? 2000, 'the store');
        } catch (error) {
          store = failing(`the store does not answer: ${(error as Error).message}`);
        }
      }
      return { catalog: checks.catalog, store, model: checks.model };
    },
    retrain: async (retrainOptions) => {
      const { load } = ready('Retraining');
      const decision = await steps.runRetrain(retrainOptions);
      if (decision.activated === true && typeof decision.version === 'string') {
        const model = await load(decision.version);
        if (model) serve(model, 'retrained model active');
      }
      return decision;
    },
    activateModel: async (version) => {
      const { store, load } = ready('Activating a model');
      const decidedAt = now().toISOString();
      const done = await activateRegisteredModel({
        registry: store,
        models,
        load,
        version,
        decidedAt,
      });
      serve(models.current()!, 'model activated by an administrator');
      return done;
    },
    async start() {
      await Promise.all([openStore(), loadCatalog()]);
      state.started = true;
      await afterStartUp();
    },
    async close() {
      state.closed = true;
      for (const stop of state.stops) stop();
      await state.store?.close();
    },
  };
}
