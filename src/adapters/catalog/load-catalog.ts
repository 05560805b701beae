import type { Catalog } from '../../core/domain/index.js';
import { buildCatalog, type CatalogProgressOptions } from './build-catalog.js';
import { readCatalogStore, saveCatalogStore, toCatalogStorePath } from './catalog-store.js';
import { statSourceFiles, toSourceFingerprint, type CatalogSourceDirs } from './source-files.js';

/** Where the catalog's sources are and where its compiled store goes. */
export interface CatalogLocation extends CatalogSourceDirs {
  /** Folder for the compiled store (`DATA_DIR`). */
  readonly dataDir: string;
}

/** Counts that describe a catalog, for reports. */
export interface CatalogCounts {
  readonly occupations: number;
  readonly rateable: number;
  /** Rateable occupations whose profile is estimated (O*NET describes but does not rate them). */
  readonly estimatedProfiles: number;
  readonly withWages: number;
  readonly withKnownMedianWage: number;
  readonly withOutlook: number;
  readonly brightOutlook: number;
  readonly inheritedFromSoc: number;
  readonly blsAggregate: number;
}

/** What `compileCatalogStore` did. */
export interface CatalogStoreReport {
  /** `built` from the text files, or `up-to-date` when the store already matched the sources. */
  readonly action: 'built' | 'up-to-date';
  readonly path: string;
  readonly bytes: number | null;
  readonly fingerprint: string;
  readonly onetRelease: string;
  readonly blsRelease: string;
  readonly counts: CatalogCounts;
  readonly elapsedMs: number;
}

/** Counts of a catalog (occupations, rateable, with wages, outlook, Bright Outlook, …). */
export function toCatalogCounts(catalog: Catalog): CatalogCounts {
  const count = (test: (o: Catalog['occupations'][number]) => boolean): number =>
    catalog.occupations.filter(test).length;
  return {
    occupations: catalog.occupations.length,
    rateable: count((o) => o.rateable),
    estimatedProfiles: count((o) => o.profileEstimate !== undefined),
    withWages: count((o) => o.wages !== null),
    withKnownMedianWage: count(
      (o) => o.wages !== null && o.wages.medianAnnualUsd.kind !== 'unknown',
    ),
    withOutlook: count((o) => o.outlook !== null),
    brightOutlook: count((o) => o.outlook?.brightOutlook === true),
    inheritedFromSoc: count((o) => o.wages?.inheritedFromSoc === true),
    blsAggregate: count((o) => o.wages?.aggregate === true || o.outlook?.aggregate === true),
  };
}

/**
 * Compiles the catalog into DATA_DIR: rebuilds from the text files when `force` is set or the
 * store's fingerprint differs from the sources', and saves it atomically; else leaves it.
 */
export async function compileCatalogStore(
  location: CatalogLocation,
  options: CatalogProgressOptions & { readonly force?: boolean } = {},
): Promise<CatalogStoreReport> {
  const started = performance.now();
  const fingerprint = toSourceFingerprint(await statSourceFiles(location));
  const existing = options.force ? null : await readCatalogStore(location.dataDir, fingerprint);
  let catalog: Catalog;
  let saved: { path: string; bytes: number } | null = null;
  if (existing !== null) {
    catalog = existing;
  } else {
    catalog = await buildCatalog(location.onetDir, location.blsDir, options);
    options.onProgress?.({
      step: 'save',
      detail: toCatalogStorePath(location.dataDir),
      done: 0,
      total: 1,
    });
    saved = await saveCatalogStore(location.dataDir, catalog);
  }
  return {
    action: saved === null ? 'up-to-date' : 'built',
    path: toCatalogStorePath(location.dataDir),
    bytes: saved?.bytes ?? null,
    fingerprint: catalog.source.fingerprint,
    onetRelease: catalog.source.onetRelease,
    blsRelease: catalog.source.blsRelease,
    counts: toCatalogCounts(catalog),
    elapsedMs: Math.round(performance.now() - started),
  };
}

/**
 * Loads the catalog: from the compiled store in `dataDir` when its fingerprint matches the
 * source files, otherwise built from the text files and saved there (atomically) for next time.
 * Throws DATA_MISSING when a source folder or file is missing, DATA_INVALID on bad data.
 */
export async function loadCatalog(
  location: CatalogLocation,
  options: CatalogProgressOptions = {},
): Promise<Catalog> {
  const fingerprint = toSourceFingerprint(await statSourceFiles(location));
  options.onProgress?.({
    step: 'load',
    detail: toCatalogStorePath(location.dataDir),
    done: 0,
    total: 1,
  });
  const stored = await readCatalogStore(location.dataDir, fingerprint);
  if (stored !== null) return stored;
  const catalog = await buildCatalog(location.onetDir, location.blsDir, options);
  options.onProgress?.({
    step: 'save',
    detail: toCatalogStorePath(location.dataDir),
    done: 0,
    total: 1,
  });
  await saveCatalogStore(location.dataDir, catalog);
  return catalog;
}
