import { zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../../test/fixtures/fetch/fixture-releases.js';
import { refusedBaseUrl, type FixtureRoute } from '../../../test/fixtures/fetch/loopback-server.js';
import { serveFixtureReleases } from '../../../test/fixtures/fetch/serve-releases.js';
import { appErrorFrom } from '../../../test/support/app-error.js';
import { fetchOfficialData, type FetchOfficialDataOptions } from './fetch-official-data.js';

const FETCHED_AT = '2026-01-15T12:00:00.000Z';
const EP = 'ep_2024-34_table_1.2_occupational_projections.tsv';
const OEWS = 'oews_national_M2024.tsv';
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

const fixtures = serveFixtureReleases();

function folders() {
  const root = mkdtempSync(path.join(tmpdir(), 'careers-fetch-'));
  return { onetDir: path.join(root, 'onet'), blsDir: path.join(root, 'bls') };
}

function optionsFor(
  base: string,
  dirs: { onetDir: string; blsDir: string },
): FetchOfficialDataOptions {
  return {
    ...dirs,
    fetchedAt: FETCHED_AT,
    bases: { onet: base, bls: base },
    responseTimeoutMs: 2000,
    idleTimeoutMs: 2000,
  };
}

/** Fetches from a server whose routes `changes` replaces, into new folders; the failure. */
async function failedFetch(
  changes: Record<string, FixtureRoute>,
  options: Partial<FetchOfficialDataOptions> = {},
) {
  const server = await fixtures.serve({ ...fixtures.releases.routes, ...changes });
  const dirs = folders();
  const error = await appErrorFrom(
    fetchOfficialData({ ...optionsFor(server.baseUrl, dirs), ...options }),
  );
  return { error, dirs, server };
}

describe('fetchOfficialData', () => {
  it('downloads all three releases and writes the files byte for byte, flattened and converted', async () => {
    const server = await fixtures.serve();
    const dirs = folders();
    const report = await fetchOfficialData(optionsFor(server.baseUrl, dirs));

    expect(readdirSync(dirs.onetDir).sort()).toEqual([
      'Job Zones.txt',
      'MANIFEST.json',
      'Occupation Data.txt',
    ]);
    for (const [name, bytes] of Object.entries(fixtures.releases.onetFiles)) {
      expect(readFileSync(path.join(dirs.onetDir, name)).equals(bytes)).toBe(true);
    }
    expect(readdirSync(dirs.blsDir).sort()).toEqual(['MANIFEST.json', EP, OEWS]);
    expect(readFileSync(path.join(dirs.blsDir, EP), 'utf8')).toBe(fixtures.releases.blsFiles[EP]);
    expect(readFileSync(path.join(dirs.blsDir, OEWS), 'utf8')).toBe(
      fixtures.releases.blsFiles[OEWS],
    );

    expect(report.datasets.map((d) => [d.id, d.status, d.files.length])).toEqual([
      ['onet-text', 'fetched', 2],
      ['bls-ep', 'fetched', 1],
      ['bls-oews', 'fetched', 1],
    ]);
    expect(server.requests.map((r) => r.path)).toEqual([PATHS.onet, PATHS.ep, PATHS.oews]);
    expect(
      server.requests.every((r) =>
        /^career-recommender\/\S+ \(careers data fetch/.test(r.userAgent ?? ''),
      ),
    ).toBe(true);
  });

  it('records URL, size, sha256 and the caller timestamp of every download and file in MANIFEST.json', async () => {
    const server = await fixtures.serve();
    const dirs = folders();
    await fetchOfficialData(optionsFor(server.baseUrl, dirs));
    const onet = JSON.parse(readFileSync(path.join(dirs.onetDir, 'MANIFEST.json'), 'utf8'));
    const occupations = fixtures.releases.onetFiles['Occupation Data.txt']!;
    const zones = fixtures.releases.onetFiles['Job Zones.txt']!;
    const onetZip = fixtures.releases.routes[PATHS.onet] as { body: Uint8Array };
    expect(onet).toEqual({
      format: 'careers-data-manifest/1',
      sources: [
        {
          id: 'onet-text',
          url: `${server.baseUrl}${PATHS.onet}`,
          fetchedAt: FETCHED_AT,
          archive: {
            name: 'db_30_1_text.zip',
            bytes: onetZip.body.length,
            sha256: fixtures.releases.archiveSha256[PATHS.onet],
          },
          files: [
            { name: 'Job Zones.txt', bytes: zones.length, sha256: sha256(zones) },
            { name: 'Occupation Data.txt', bytes: occupations.length, sha256: sha256(occupations) },
          ],
        },
      ],
    });
    const bls = JSON.parse(readFileSync(path.join(dirs.blsDir, 'MANIFEST.json'), 'utf8'));
    expect(
      bls.sources.map((s: { id: string; files: { name: string; sha256: string }[] }) => [
        s.id,
        s.files,
      ]),
    ).toEqual([
      [
        'bls-ep',
        [
          {
            name: EP,
            bytes: Buffer.byteLength(fixtures.releases.blsFiles[EP]!),
            sha256: sha256(fixtures.releases.blsFiles[EP]!),
          },
        ],
      ],
      [
        'bls-oews',
        [
          {
            name: OEWS,
            bytes: Buffer.byteLength(fixtures.releases.blsFiles[OEWS]!),
            sha256: sha256(fixtures.releases.blsFiles[OEWS]!),
          },
        ],
      ],
    ]);
    expect(bls.sources[1].archive.sha256).toBe(fixtures.releases.archiveSha256[PATHS.oews]);
  });

  it('reports files that differ from the README reference checksums as warnings, not errors', async () => {
    const server = await fixtures.serve();
    const dirs = folders();
    const report = await fetchOfficialData(optionsFor(server.baseUrl, dirs));
    const onet = report.datasets[0]!.files.find((f) => f.name === 'Occupation Data.txt')!;
    expect(onet.reference).toBe('mismatch');
    expect(onet.referenceSha256).toBe(
      '63e6029d3d30ff5c7cf39b5304a733b77a409e01c65ae7095fe92f6d18d74a66',
    );
    expect(report.datasets[0]!.files.find((f) => f.name === 'Job Zones.txt')!.reference).toBe(
      'mismatch',
    );
    expect(report.warnings).toHaveLength(4); // 2 O*NET copies + 2 BLS conversions, all tiny fixtures
    expect(report.warnings[0]).toMatch(
      /Job Zones\.txt: sha256 [0-9a-f]{64} differs from the reference 7b13748f.*byte-for-byte copy of the O\*NET 30\.1 text release/,
    );
    expect(report.notes).toEqual([]);
  });

  it('skips data sets whose files are present and verified, and downloads again with force', async () => {
    const server = await fixtures.serve();
    const dirs = folders();
    await fetchOfficialData(optionsFor(server.baseUrl, dirs));
    const again = await fetchOfficialData(optionsFor(server.baseUrl, dirs));
    expect(again.datasets.map((d) => d.status)).toEqual(['skipped', 'skipped', 'skipped']);
    expect(server.requests).toHaveLength(3);
    const forced = await fetchOfficialData({ ...optionsFor(server.baseUrl, dirs), force: true });
    expect(forced.datasets.map((d) => d.status)).toEqual(['fetched', 'fetched', 'fetched']);
    expect(server.requests).toHaveLength(6);
  });

  it('downloads again when a present file no longer matches its manifest checksum', async () => {
    const server = await fixtures.serve();
    const dirs = folders();
    await fetchOfficialData(optionsFor(server.baseUrl, dirs));
    writeFileSync(path.join(dirs.onetDir, 'Job Zones.txt'), 'edited by hand\r\n');
    const again = await fetchOfficialData(optionsFor(server.baseUrl, dirs));
    expect(again.datasets.map((d) => d.status)).toEqual(['fetched', 'skipped', 'skipped']);
    expect(
      readFileSync(path.join(dirs.onetDir, 'Job Zones.txt')).equals(
        fixtures.releases.onetFiles['Job Zones.txt']!,
      ),
    ).toBe(true);
  });

  it('removes partial files left by a killed earlier fetch, but not those of a running one', async () => {
    const server = await fixtures.serve();
    const dirs = folders();
    mkdirSync(dirs.onetDir, { recursive: true });
    const dead = '.Job Zones.txt.2147483646.partial'; // no such process id on Linux
    const alive = `.Skills.txt.${process.pid}.partial`;
    writeFileSync(path.join(dirs.onetDir, dead), 'half a file');
    writeFileSync(path.join(dirs.onetDir, alive), 'being written');
    await fetchOfficialData(optionsFor(server.baseUrl, dirs));
    expect(readdirSync(dirs.onetDir).sort()).toEqual([
      alive,
      'Job Zones.txt',
      'MANIFEST.json',
      'Occupation Data.txt',
    ]);
  });

  it('stops at a failing download with DATA_FETCH_FAILED, keeps finished data sets and leaves no half files', async () => {
    const { error, dirs, server } = await failedFetch({
      [PATHS.ep]: { kind: 'body', body: 'error', status: 500 },
    });
    expect(error.code).toBe('DATA_FETCH_FAILED');
    expect(error.message).toMatch(
      `Could not download ${server.baseUrl}${PATHS.ep}: the server answered HTTP 500`,
    );
    expect(error.message).toMatch(/set BLS_DIR to it \(or pass --bls-dir\)/);
    expect(readdirSync(dirs.onetDir).sort()).toEqual([
      'Job Zones.txt',
      'MANIFEST.json',
      'Occupation Data.txt',
    ]);
    expect(readdirSync(dirs.blsDir)).toEqual([]);
  });

  it('fails with DATA_FETCH_FAILED and the ONET_DIR remedy when the connection is refused', async () => {
    const dirs = folders();
    const base = await refusedBaseUrl();
    const error = await appErrorFrom(fetchOfficialData(optionsFor(base, dirs)));
    expect(error.message).toBe(
      `Could not download ${base}${PATHS.onet}: the connection was refused (ECONNREFUSED). ` +
        'To continue without this download, get db_30_1_text.zip in a browser, unzip its .txt files ' +
        'into one folder and set ONET_DIR to it (or pass --onet-dir); see the "Data" section of README.md.',
    );
    expect(readdirSync(dirs.onetDir)).toEqual([]);
  });

  it('fails with DATA_FETCH_FAILED when the response times out, leaving the folder empty', async () => {
    const { error, dirs } = await failedFetch(
      { [PATHS.onet]: { kind: 'hang' } },
      { responseTimeoutMs: 200 },
    );
    expect(error.message).toMatch(
      /: no response within 200 ms\. To continue without this download/,
    );
    expect(readdirSync(dirs.onetDir)).toEqual([]);
  });

  it('rejects an HTML page served instead of the archive (proxy or block page)', async () => {
    const page = '<!DOCTYPE html><html><body>Access Denied</body></html>';
    const { error, dirs } = await failedFetch({ [PATHS.onet]: { kind: 'body', body: page } });
    expect(error.code).toBe('DATA_FETCH_FAILED');
    expect(error.message).toMatch(
      /is not a \.zip file \(it starts with "<!DOCTYPE html><html><body>Access Denied"\)/,
    );
    expect(readdirSync(dirs.onetDir)).toEqual([]);
  });

  it('rejects a damaged archive (CRC-32 mismatch) without writing the damaged file', async () => {
    const text = fixtures.releases.onetFiles['Occupation Data.txt']!;
    const zip = zipSync({ db_30_1_text: { 'Occupation Data.txt': [text, { level: 0 }] } });
    zip[Buffer.from(zip).indexOf('Statisticians')] = 's'.charCodeAt(0); // one byte flipped in transit
    const { error, dirs } = await failedFetch({ [PATHS.onet]: { kind: 'body', body: zip } });
    expect(error.code).toBe('DATA_FETCH_FAILED');
    expect(error.message).toMatch(
      /could not be used: CRC-32 mismatch in "db_30_1_text\/Occupation Data\.txt"/,
    );
    expect(error.message).toMatch(/Run "careers data fetch --force" to download it again/);
    expect(readdirSync(dirs.onetDir)).toEqual([]);
  });
});
