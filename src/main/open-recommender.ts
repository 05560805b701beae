import { createEnhancerFromConfig } from '../adapters/llm/index.js';
import { createLazyTitleSearch, createTitleSearch } from '../adapters/search/index.js';
import { createModelHolder } from '../app/service/index.js';
import { ensureActiveModel } from '../app/train/index.js';
import type { CliRecommender } from '../cli/index.js';
import type { Config } from '../config/index.js';
import { openContextAndStore, wireService } from './wiring.js';

/**
 * Opens what the recommendation commands need: the catalog, the feedback/model store and, when
 * `needModel`, the active model (trained on first use).
 */
export async function openRecommender(
  config: Config,
  options: { readonly needModel: boolean; readonly log: (message: string) => void },
): Promise<CliRecommender> {
  const { ctx, store } = await openContextAndStore(config);
  try {
    const models = createModelHolder();
    if (options.needModel)
      models.set(await ensureActiveModel(store, ctx, () => new Date(), options.log));
    const titleSearch = createLazyTitleSearch(() => createTitleSearch(ctx.catalog));
    const enhancer = createEnhancerFromConfig(config.llm);
    const service = wireService(config, { ctx, titleSearch, store, models, enhancer });
    return { ctx, service, store, models, close: () => store.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}
