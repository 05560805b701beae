import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA_ROOT } from '../../../test/support/catalog.js';
import { buildFixtureReleases, PATHS } from '../../../test/fixtures/fetch/fixture-releases.js';
import {
  startFixtureServer,
  type FixtureServer,
} from '../../../test/fixtures/fetch/loopback-server.js';
import { fetchOfficialData } from './fetch-official-data.js';

const SHARED = SHARED_DATA_ROOT;
const EP = 'ep_2024-34_table_1.2_occupational_projections.tsv';
const OEWS = 'oews_national_M2024.tsv';
const ONET_SAMPLE = ['Occupation Data.txt', 'Scales Reference.txt', 'Job Zone Reference.txt'];

/**
 * End to end with the real shared files: releases made from them (O*NET text files zipped,
 * BLS TSVs turned back into workbooks in the BLS layout) must come out with the README's
 * reference sha256 for every produced file.
 */
describe.skipIf(!existsSync(path.join(SHARED, 'README.md')))(
  'fetch against the shared reference data',
  () => {
    let server: FixtureServer;
    beforeAll(async () => {
      const onetFiles = Object.fromEntries(
        ONET_SAMPLE.map((name) => [
          name,
          new Uint8Array(readFileSync(path.join(SHARED, 'onet', name))),
        ]),
      );
      const releases = await buildFixtureReleases({
        onetFiles,
        epTsv: readFileSync(path.join(SHARED, 'bls', EP), 'utf8'),
        oewsTsv: readFileSync(path.join(SHARED, 'bls', OEWS), 'utf8'),
      });
      server = await startFixtureServer(releases.routes);
    });
    afterAll(() => server.close());

    it('produces files whose sha256 match the README reference for O*NET copies and both BLS conversions', async () => {
      const root = mkdtempSync(path.join(tmpdir(), 'careers-fetch-shared-'));
      const report = await fetchOfficialData({
        onetDir: path.join(root, 'onet'),
        blsDir: path.join(root, 'bls'),
        fetchedAt: '2026-01-15T12:00:00.000Z',
        bases: { onet: server.baseUrl, bls: server.baseUrl },
      });
      const checks = report.datasets.flatMap((d) => d.files.map((f) => [f.name, f.reference]));
      expect(checks).toEqual([
        ['Job Zone Reference.txt', 'match'],
        ['Occupation Data.txt', 'match'],
        ['Scales Reference.txt', 'match'],
        [EP, 'match'],
        [OEWS, 'match'],
      ]);
      expect(report.warnings).toEqual([]);
      expect(report.notes).toEqual([]);
    });

    it('skips BLS files copied in by hand when they match the reference, without a manifest', async () => {
      const root = mkdtempSync(path.join(tmpdir(), 'careers-fetch-copied-'));
      const blsDir = path.join(root, 'bls');
      mkdirSync(blsDir);
      copyFileSync(path.join(SHARED, 'bls', EP), path.join(blsDir, EP));
      copyFileSync(path.join(SHARED, 'bls', OEWS), path.join(blsDir, OEWS));
      const before = server.requests.length;
      const report = await fetchOfficialData({
        onetDir: path.join(root, 'onet'),
        blsDir,
        fetchedAt: '2026-01-15T12:00:00.000Z',
        bases: { onet: server.baseUrl, bls: server.baseUrl },
      });
      expect(report.datasets.map((d) => d.status)).toEqual(['fetched', 'skipped', 'skipped']);
      expect(server.requests.slice(before).map((r) => r.path)).toEqual([PATHS.onet]);
    });
  },
);
