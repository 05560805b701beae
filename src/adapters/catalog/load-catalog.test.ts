import { cpSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../core/domain/index.js';
import {
  CATALOG_FORMAT_VERSION,
  CATALOG_STORE_FILE,
  buildCatalog,
  compileCatalogStore,
  fromPackedCatalog,
  loadCatalog,
  readCatalogStore,
  toPackedCatalog,
  type CatalogProgress,
} from './index.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures');
let temp: string;
let onetDir: string;
const blsDir = path.join(FIXTURES, 'bls/mini');

beforeAll(() => {
  temp = mkdtempSync(path.join(os.tmpdir(), 'catalog-store-test-'));
  onetDir = path.join(temp, 'onet');
  cpSync(path.join(FIXTURES, 'onet/mini'), onetDir, { recursive: true });
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const freshDataDir = (name: string): string => path.join(temp, name);

async function loadWithSteps(dataDir: string): Promise<{ catalog: Catalog; steps: string[] }> {
  const steps: string[] = [];
  const catalog = await loadCatalog(
    { onetDir, blsDir, dataDir },
    { onProgress: (p: CatalogProgress) => steps.push(p.step) },
  );
  return { catalog, steps };
}

describe('packed catalog codec', () => {
  it('restores exactly the catalog it packed, through JSON', async () => {
    const catalog = await buildCatalog(onetDir, blsDir);
    const restored = fromPackedCatalog(JSON.parse(JSON.stringify(toPackedCatalog(catalog))));
    expect(restored).toEqual(catalog);
  });
});

describe('loadCatalog', () => {
  it('builds from the text files the first time and saves the compiled store', async () => {
    const dataDir = freshDataDir('first');
    const { catalog, steps } = await loadWithSteps(dataDir);
    expect(steps).toContain('parse');
    expect(steps.at(-1)).toBe('save');
    expect(readdirSync(dataDir)).toEqual([CATALOG_STORE_FILE]);
    expect(await readCatalogStore(dataDir, catalog.source.fingerprint)).toEqual(catalog);
  });

  it('loads from the compiled store when the sources are unchanged', async () => {
    const dataDir = freshDataDir('second');
    const first = await loadWithSteps(dataDir);
    const second = await loadWithSteps(dataDir);
    expect(second.steps).toEqual(['load']);
    expect(second.catalog).toEqual(first.catalog);
  });

  it('rebuilds when a source file changes', async () => {
    const dataDir = freshDataDir('changed');
    const before = await loadWithSteps(dataDir);
    const file = path.join(onetDir, 'Job Zones.txt');
    const later = new Date(Date.UTC(2030, 0, 1));
    utimesSync(file, later, later);
    const after = await loadWithSteps(dataDir);
    expect(after.steps).toContain('parse');
    expect(after.catalog.source.fingerprint).not.toBe(before.catalog.source.fingerprint);
    expect((await loadWithSteps(dataDir)).steps).toEqual(['load']);
  });

  it('rebuilds over a corrupt, foreign or undecodable store file', async () => {
    const dataDir = freshDataDir('corrupt');
    await loadWithSteps(dataDir);
    writeFileSync(
      path.join(dataDir, CATALOG_STORE_FILE),
      '{"format":"career-recommender/catalog","vers',
    );
    expect((await loadWithSteps(dataDir)).steps).toContain('parse');
    writeFileSync(path.join(dataDir, CATALOG_STORE_FILE), '{"format":"something-else"}');
    expect((await loadWithSteps(dataDir)).steps).toContain('parse');
    const { catalog } = await loadWithSteps(dataDir);
    const undecodable = {
      format: 'career-recommender/catalog',
      version: CATALOG_FORMAT_VERSION,
      source: catalog.source,
      occupations: [{ skills: 12 }],
    };
    writeFileSync(path.join(dataDir, CATALOG_STORE_FILE), JSON.stringify(undecodable));
    expect((await loadWithSteps(dataDir)).steps).toContain('parse');
  });

  it('lets concurrent loaders share one data folder without partial files', async () => {
    const dataDir = freshDataDir('concurrent');
    const catalogs = await Promise.all([1, 2, 3, 4].map(() => loadWithSteps(dataDir)));
    for (const { catalog } of catalogs) expect(catalog).toEqual(catalogs[0]?.catalog);
    expect(readdirSync(dataDir)).toEqual([CATALOG_STORE_FILE]);
  });
});

describe('compileCatalogStore', () => {
  it('builds, then reports up-to-date, and rebuilds when forced', async () => {
    const dataDir = freshDataDir('compile');
    const first = await compileCatalogStore({ onetDir, blsDir, dataDir });
    expect(first).toMatchObject({
      action: 'built',
      path: path.join(dataDir, CATALOG_STORE_FILE),
      onetRelease: 'O*NET 30.1 Database, December 2025 Release',
      counts: { occupations: 9, rateable: 8, withWages: 8, withOutlook: 8 },
    });
    expect(first.bytes).toBeGreaterThan(1000);
    const second = await compileCatalogStore({ onetDir, blsDir, dataDir });
    expect(second).toMatchObject({
      action: 'up-to-date',
      bytes: null,
      fingerprint: first.fingerprint,
    });
    expect((await compileCatalogStore({ onetDir, blsDir, dataDir }, { force: true })).action).toBe(
      'built',
    );
  });
});
