import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { TitleSearch } from '../../app/ports/index.js';
import type { Catalog } from '../../core/domain/index.js';
import { createTitleSearch, loadTitleSearch } from './title-search.js';

/** The cached title-search index inside DATA_DIR. */
export const TITLE_SEARCH_CACHE_FILE = 'title-search.json';

/**
 * The title search for this catalog: restored from DATA_DIR when the cached index matches the
 * catalog, else built (a few seconds) and cached atomically for the next start.
 */
export async function loadOrBuildTitleSearch(
  catalog: Catalog,
  dataDir: string,
  log: Logger,
): Promise<TitleSearch> {
  const file = path.join(dataDir, TITLE_SEARCH_CACHE_FILE);
  const cached = await readFile(file, 'utf8').catch(() => null);
  if (cached !== null) {
    try {
      return loadTitleSearch(catalog, cached);
    } catch (error) {
      log.info({ reason: (error as Error).message }, 'title-search cache is stale; rebuilding');
    }
  }
  const started = performance.now();
  const search = createTitleSearch(catalog);
  log.info({ ms: Math.round(performance.now() - started) }, 'title search built');
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, search.toSearchIndexJson());
    await rename(tmp, file);
  } catch (error) {
    log.warn({ err: error }, 'could not cache the title-search index; it is rebuilt next start');
  }
  return search;
}
