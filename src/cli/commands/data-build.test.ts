import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileCatalogStore } from '../../adapters/catalog/index.js';
import { parseConfig } from '../../config/index.js';
import type { CliDeps } from '../deps.js';
import { runCli } from '../run-cli.js';
import { registerDataBuild, type DataBuildReport } from './data-build.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures');
const temp = mkdtempSync(path.join(os.tmpdir(), 'data-build-cli-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function createDeps(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const config = parseConfig(env, temp);
  const deps: CliDeps = {
    config,
    io: { out: (t) => out.push(t), err: (t) => err.push(t), interactive: false },
    buildData: (request) => compileCatalogStore(config, request),
  };
  return { deps, out, err };
}

const run = (deps: CliDeps, ...args: string[]) =>
  runCli(['data', 'build', ...args], deps, [registerDataBuild]);

describe('careers data build', () => {
  const env = {
    ONET_DIR: path.join(FIXTURES, 'onet/mini'),
    BLS_DIR: path.join(FIXTURES, 'bls/mini'),
    DATA_DIR: path.join(temp, 'var'),
  };

  it('compiles the catalog and prints counts, time and path', async () => {
    const { deps, out } = createDeps(env);
    expect(await run(deps)).toBe(0);
    const text = out.join('');
    expect(text).toMatch(/^Built the catalog in \d+\.\d s → .*catalog-v\d+\.json \(\d+\.\d MB\)/);
    expect(text).toContain('9 occupations: 8 rateable (1 with an estimated profile), 8 with wages');
    expect(text).toContain('O*NET 30.1 Database, December 2025 Release; EP 2024–34, OEWS May 2024');
  });

  it('leaves an up-to-date catalog alone unless --force, and prints JSON with --json', async () => {
    const { deps, out } = createDeps(env);
    expect(await run(deps, '--json')).toBe(0);
    const report = JSON.parse(out.join('')) as DataBuildReport;
    expect(report).toMatchObject({
      action: 'up-to-date',
      counts: { occupations: 9, rateable: 8, estimatedProfiles: 1 },
    });
    out.length = 0;
    expect(await run(deps, '--force', '--json')).toBe(0);
    expect((JSON.parse(out.join('')) as DataBuildReport).action).toBe('built');
  });

  it('exits with the data code and says how to get the data when a folder is missing', async () => {
    const { deps, err } = createDeps({ ...env, ONET_DIR: path.join(temp, 'nowhere') });
    expect(await run(deps)).toBe(2);
    const message = err.join('');
    expect(message).toContain('error [DATA_MISSING]');
    expect(message).toContain(path.join(temp, 'nowhere'));
    expect(message).toContain('careers data fetch');
  });
});
