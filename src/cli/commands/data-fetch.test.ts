import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../../test/fixtures/fetch/fixture-releases.js';
import { serveFixtureReleases } from '../../../test/fixtures/fetch/serve-releases.js';
import { fetchOfficialData } from '../../adapters/fetch/index.js';
import { parseConfig } from '../../config/index.js';
import type { CliDeps } from '../deps.js';
import { runCli } from '../run-cli.js';
import { registerDataFetch } from './data-fetch.js';

const fixtures = serveFixtureReleases();

/** CLI deps wired to the real fetcher, pointed at the loopback server; output captured. */
function depsFor(base: string, interactive = false) {
  const root = mkdtempSync(path.join(tmpdir(), 'careers-cli-fetch-'));
  const onetDir = path.join(root, 'onet');
  const blsDir = path.join(root, 'bls');
  const out: string[] = [];
  const err: string[] = [];
  const deps: CliDeps = {
    config: parseConfig({ ONET_DIR: onetDir, BLS_DIR: blsDir }, root),
    io: { out: (t) => out.push(t), err: (t) => err.push(t), interactive },
    fetchData: (request) =>
      fetchOfficialData({
        ...request,
        fetchedAt: '2026-01-15T12:00:00.000Z',
        bases: { onet: base, bls: base },
        responseTimeoutMs: 2000,
      }),
  };
  return { deps, onetDir, blsDir, root, out: () => out.join(''), err: () => err.join('') };
}

describe('careers data fetch', () => {
  it('fetches into ONET_DIR and BLS_DIR from config, prints plain progress lines and a summary', async () => {
    const server = await fixtures.serve();
    const run = depsFor(server.baseUrl);
    const code = await runCli(['data', 'fetch'], run.deps, [registerDataFetch]);
    expect(code).toBe(0);
    expect(readdirSync(run.onetDir).sort()).toEqual([
      'Job Zones.txt',
      'MANIFEST.json',
      'Occupation Data.txt',
    ]);
    expect(run.err()).toContain(
      `Downloading O*NET 30.1 text release\n  from ${server.baseUrl}${PATHS.onet}\n`,
    );
    expect(run.err()).toMatch(/\n {2}100% \(0\.0 of 0\.0 MB\)\n/);
    expect(run.err()).toContain('  done: 2 file(s) written\n');
    expect(run.out()).toMatch(
      new RegExp(
        `^O\\*NET 30\\.1 text release: fetched → ${run.onetDir} \\(2 file\\(s\\); README checksums: 0 match, 2 differ, 0 not listed\\)`,
      ),
    );
    expect(run.out()).toContain('\nWarnings:\n  ! ');
  });

  it('honours --onet-dir/--bls-dir, skips verified files on a second run and prints --json', async () => {
    const server = await fixtures.serve();
    const run = depsFor(server.baseUrl);
    const onetDir = path.join(run.root, 'elsewhere-onet');
    const blsDir = path.join(run.root, 'elsewhere-bls');
    const args = ['data', 'fetch', '--onet-dir', onetDir, '--bls-dir', blsDir, '--json'];
    expect(await runCli(args, run.deps, [registerDataFetch])).toBe(0);
    const second = depsFor(server.baseUrl);
    expect(await runCli(args, second.deps, [registerDataFetch])).toBe(0);
    const report = JSON.parse(second.out());
    expect(report.datasets.map((d: { status: string; dir: string }) => [d.status, d.dir])).toEqual([
      ['skipped', onetDir],
      ['skipped', blsDir],
      ['skipped', blsDir],
    ]);
    expect(second.err()).toContain(
      `O*NET 30.1 text release: present and verified in ${onetDir}, skipped\n`,
    );
    expect(readFileSync(path.join(blsDir, 'oews_national_M2024.tsv'), 'utf8')).toBe(
      fixtures.releases.blsFiles['oews_national_M2024.tsv'],
    );
    expect(server.requests).toHaveLength(3);
  });

  it('draws a cli-progress bar when stderr is a terminal', async () => {
    const server = await fixtures.serve();
    const run = depsFor(server.baseUrl, true);
    expect(await runCli(['data', 'fetch'], run.deps, [registerDataFetch])).toBe(0);
    expect(run.err()).toMatch(/\u2588+ 100% \| 0\.0 of 0\.0 MB/);
  });

  it('exits 2 with the DATA_FETCH_FAILED message when the server answers 404', async () => {
    const server = await fixtures.serve({});
    const run = depsFor(server.baseUrl);
    const code = await runCli(['data', 'fetch'], run.deps, [registerDataFetch]);
    expect(code).toBe(2);
    expect(run.err()).toContain(
      `error [DATA_FETCH_FAILED]: Could not download ${server.baseUrl}${PATHS.onet}: the server answered HTTP 404 Not Found.`,
    );
    expect(run.err()).toContain('set ONET_DIR to it (or pass --onet-dir)');
    expect(run.out()).toBe('');
  });
});
