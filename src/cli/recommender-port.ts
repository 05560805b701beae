import type { Store } from '../app/ports/index.js';
import type { RecommenderContext } from '../app/recommend/index.js';
import type { CareersService, ModelHolder } from '../app/service/index.js';

/** The loaded product the recommendation commands work with. */
export interface CliRecommender {
  readonly ctx: RecommenderContext;
  readonly service: CareersService;
  readonly store: Store;
  /** The model the service serves; commands that train set it. */
  readonly models: ModelHolder;
  close(): Promise<void>;
}

/** Opens the catalog, store and (when asked) the active model, training one if none exists. */
export type OpenRecommender = (options: { readonly needModel: boolean }) => Promise<CliRecommender>;

/** Opens the recommender, runs `use` with it and closes it again, also when `use` fails. */
export async function withRecommender<T>(
  open: OpenRecommender,
  options: { readonly needModel: boolean },
  use: (app: CliRecommender) => Promise<T>,
): Promise<T> {
  const app = await open(options);
  try {
    return await use(app);
  } finally {
    await app.close();
  }
}
