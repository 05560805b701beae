// `npm start` on a fresh machine with no data: the server downloads the O*NET and BLS releases
// itself (here from a loopback server playing the publishers), then serves; with the publishers
// out of reach it stops at once with one message naming the two ways out.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureReleases } from '../fixtures/fetch/fixture-releases.js';
import {
  refusedBaseUrl,
  startFixtureServer,
  type FixtureServer,
} from '../fixtures/fetch/loopback-server.js';
import { SHARED_BLS_DIR, SHARED_ONET_DIR } from '../support/catalog.js';
import {
  seedActiveModel,
  startServer,
  stopServer,
  waitUntilReady,
  type ServerProcess,
} from '../support/server-process.js';
import { loadTestCatalog, request } from './support/start-api.js';

const EP = 'ep_2024-34_table_1.2_occupational_projections.tsv';
const OEWS = 'oews_national_M2024.tsv';

/** A fresh folder to start in: no ./data, ONET_DIR and BLS_DIR unset. */
const freshCwd = () => mkdtempSync(path.join(tmpdir(), 'careers-fresh-'));
const NO_DATA_DIRS = { ONET_DIR: '', BLS_DIR: '' };

describe('npm start with no data (first start on a fresh machine)', () => {
  let publishers: FixtureServer;
  let server: ServerProcess | undefined;
  let cwd: string;

  beforeAll(async () => {
    const onetFiles = Object.fromEntries(
      readdirSync(SHARED_ONET_DIR)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => [name, new Uint8Array(readFileSync(path.join(SHARED_ONET_DIR, name)))]),
    );
    const releases = await buildFixtureReleases({
      onetFiles,
      epTsv: readFileSync(path.join(SHARED_BLS_DIR, EP), 'utf8'),
      oewsTsv: readFileSync(path.join(SHARED_BLS_DIR, OEWS), 'utf8'),
    });
    publishers = await startFixtureServer(releases.routes);
    await loadTestCatalog();
  }, 120_000);
  afterAll(async () => {
    if (server) await stopServer(server);
    await publishers?.close();
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });

  it('downloads the releases into ./data, builds the catalog and becomes ready', async () => {
    cwd = freshCwd();
    const dataDir = path.join(cwd, 'var');
    // A model already in the registry keeps this test about the data (training has its own).
    await seedActiveModel({ dataDir });
    server = await startServer(
      {
        ...NO_DATA_DIRS,
        ONET_SOURCE_URL: publishers.baseUrl,
        BLS_SOURCE_URL: publishers.baseUrl,
      },
      dataDir,
      cwd,
    );
    await waitUntilReady(server, 240_000);
    const log = server.output();
    expect(log).toContain('downloading O*NET 30.1 text release');
    expect(log).toContain('downloading BLS OEWS May 2024 national');
    expect(log).toContain(`ready: open ${server.url}/`);
    expect(readdirSync(path.join(cwd, 'data', 'onet'))).toContain('Occupation Data.txt');
    expect(readdirSync(path.join(cwd, 'data', 'bls')).sort()).toEqual(['MANIFEST.json', EP, OEWS]);
    const search = await request(server.url, 'GET', '/v1/occupations/search?q=nurse');
    expect(search.status).toBe(200);
    expect(search.body.results[0].title).toMatch(/Nurse/);
  }, 300_000);

  it('stops within a minute when the publishers cannot be reached, naming both ways out', async () => {
    const unreachable = await refusedBaseUrl();
    const started = Date.now();
    const elsewhere = freshCwd();
    const down = await startServer(
      { ...NO_DATA_DIRS, ONET_SOURCE_URL: unreachable, BLS_SOURCE_URL: unreachable },
      null,
      elsewhere,
    );
    const code = await down.exited;
    rmSync(elsewhere, { recursive: true, force: true });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(code).not.toBe(0);
    const log = down.output();
    expect(log).toContain(`Could not download ${unreachable}/dl_files/database/db_30_1_text.zip`);
    expect(log).toContain('careers -- data fetch');
    expect(log).toContain('ONET_DIR and BLS_DIR');
  }, 90_000);
});
