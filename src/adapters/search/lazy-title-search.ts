import type { TitleMatch, TitleSearchOptions } from '../../app/ports/index.js';
import type { CachableTitleSearch } from './title-search.js';

/** A title search whose index is built on first use or on `warm()`. */
export interface LazyTitleSearch extends CachableTitleSearch {
  /** Builds the index now if it is not built yet (call it right after the server listens). */
  warm(): void;
  /** True once the index is built. */
  readonly ready: boolean;
}

/**
 * Defers building the index (a few hundred ms over the full catalog) until the first search
 * or `warm()`, so start-up does not wait for it; a search that comes first builds it then.
 * `build` is e.g. `() => createTitleSearch(catalog)` or `() => loadTitleSearch(catalog, json)`.
 */
export function createLazyTitleSearch(build: () => CachableTitleSearch): LazyTitleSearch {
  let built: CachableTitleSearch | undefined;
  const get = (): CachableTitleSearch => (built ??= build());
  return {
    search: (query: string, options?: TitleSearchOptions): readonly TitleMatch[] =>
      get().search(query, options),
    toSearchIndexJson: () => get().toSearchIndexJson(),
    warm: () => {
      get();
    },
    get ready() {
      return built !== undefined;
    },
  };
}
