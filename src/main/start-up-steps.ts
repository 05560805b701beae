import type { Logger } from 'pino';
import { loadOrBuildTitleSearch } from '../adapters/search/index.js';
import type { CatalogParts, InstanceSteps } from '../app/instance/index.js';
import type { ExplanationEnhancer } from '../app/ports/index.js';
import { loadRegisteredModel } from '../app/train/index.js';
import type { Config } from '../config/index.js';
import type { EarlyModelStep } from './early-model-step.js';
import { ensureServerModel, runRetrainInWorker } from './ensure-server-model.js';
import { openContext } from './open-context.js';
import { openStore } from './open-store.js';
import { wireService } from './wiring.js';

/**
 * Loads the catalog, the recommender context and the title search (cached in DATA_DIR). On a
 * first start whose training worker builds the catalog, it waits for that and reads it.
 */
async function loadCatalogParts(
  config: Config,
  log: Logger,
  early: EarlyModelStep | null,
): Promise<CatalogParts> {
  const started = performance.now();
  if (early && (await early.catalogBuilt))
    log.info('reading the catalog the training worker built');
  log.info({ onetDir: config.onetDir, blsDir: config.blsDir }, 'loading the catalog');
  const ctx = await openContext(config, {
    onProgress: (p) =>
      log.debug({ step: p.step, detail: p.detail, done: p.done, total: p.total }, 'catalog'),
  });
  const { catalog } = ctx;
  const titleSearch = await loadOrBuildTitleSearch(catalog, config.dataDir, log);
  log.info(
    { ms: Math.round(performance.now() - started), occupations: catalog.occupations.length },
    'catalog ready',
  );
  const detail = `${catalog.source.onetRelease}, ${catalog.occupations.length} occupations`;
  return { ctx, titleSearch, detail };
}

/**
 * The server's start-up steps and jobs over the real adapters (see createInstanceRuntime);
 * `early` is the first start's training worker if the entry started one.
 */
export function serverSteps(
  config: Config,
  log: Logger,
  enhancer: ExplanationEnhancer | null,
  early: EarlyModelStep | null = null,
): InstanceSteps {
  return {
    openStore: () => openStore(config, (error) => log.warn({ err: error }, 'store watcher error')),
    loadCatalog: () => loadCatalogParts(config, log, early),
    wireService: (parts) => wireService(config, { ...parts, enhancer }),
    ensureModel: (store) => ensureServerModel(config, store, log, early),
    loadVersion: loadRegisteredModel,
    runRetrain: (options) => runRetrainInWorker(config, log, options?.force ?? false),
  };
}
