import { loadCatalog } from '../adapters/catalog/index.js';
import { createEnhancerFromConfig } from '../adapters/llm/index.js';
import { createLazyTitleSearch, createTitleSearch } from '../adapters/search/index.js';
import { createStore } from '../adapters/store/index.js';
import { createRecommenderContext } from '../app/recommend/index.js';
import { createCareersService, createModelHolder } from '../app/service/index.js';
import { ensureActiveModel } from '../app/train/index.js';
import type { CliRecommender } from '../cli/index.js';
import type { Config } from '../config/index.js';

/** The package version, shown by /v1/about and the CLI. */
export const PRODUCT_VERSION = '0.1.0';

/**
 * Opens what the recommendation commands need: the catalog (compiled store in DATA_DIR), the
 * feedback/model store and, when `needModel`, the active model (trained on first use).
 */
export async function openRecommender(
  config: Config,
  options: { readonly needModel: boolean; readonly log: (message: string) => void },
): Promise<CliRecommender> {
  const catalog = await loadCatalog(config);
  const ctx = createRecommenderContext(catalog);
  const store = await createStore({
    databaseUrl: config.databaseUrl,
    databaseSchema: config.databaseSchema,
    dataDir: config.dataDir,
  });
  try {
    const models = createModelHolder();
    const now = () => new Date();
    if (options.needModel) models.set(await ensureActiveModel(store, ctx, now, options.log));
    const titleSearch = createLazyTitleSearch(() => createTitleSearch(catalog));
    const service = createCareersService({
      ctx,
      titleSearch,
      store,
      models,
      now,
      version: PRODUCT_VERSION,
      enhancer: createEnhancerFromConfig(config.llm),
      llmDeadlineMs: config.llm.timeoutMs + 500,
    });
    return {
      ctx,
      service,
      store,
      models,
      close: () => store.close(),
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
