import os from 'node:os';
import path from 'node:path';
import type { Catalog } from '../../src/core/domain/index.js';
import { loadCatalog } from '../../src/adapters/catalog/index.js';

const REPO = path.resolve(import.meta.dirname, '../..');

/** The shared O*NET 30.1 folder: ONET_DIR when set, else ../shared/data/onet next to the repo. */
export const SHARED_ONET_DIR = path.resolve(REPO, process.env.ONET_DIR ?? '../shared/data/onet');

/** The shared BLS folder: BLS_DIR when set, else ../shared/data/bls next to the repo. */
export const SHARED_BLS_DIR = path.resolve(REPO, process.env.BLS_DIR ?? '../shared/data/bls');

/** The shared data folder (its README lists provenance and checksums): above SHARED_ONET_DIR. */
export const SHARED_DATA_ROOT = path.dirname(SHARED_ONET_DIR);

/** Where tests keep the compiled store, shared by every test worker (writes are atomic). */
export const SHARED_TEST_DATA_DIR = path.join(os.tmpdir(), 'career-recommender-test-data');

let shared: Promise<Catalog> | undefined;

/**
 * The full catalog from the shared data, for tests. The first call in a worker loads the
 * compiled store from SHARED_TEST_DATA_DIR (building it from the text files when missing or
 * stale); later calls in the same worker reuse the result.
 */
export function loadSharedCatalog(): Promise<Catalog> {
  shared ??= loadCatalog({
    onetDir: SHARED_ONET_DIR,
    blsDir: SHARED_BLS_DIR,
    dataDir: SHARED_TEST_DATA_DIR,
  });
  return shared;
}
