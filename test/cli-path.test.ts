import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED_BLS_DIR, SHARED_ONET_DIR } from './support/catalog.js';

const REPO = path.resolve(import.meta.dirname, '..');
const temp = mkdtempSync(path.join(os.tmpdir(), 'cli-path-e2e-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const careers = (...args: string[]) =>
  promisify(execFile)('npx', ['tsx', 'src/main/cli.ts', ...args], {
    cwd: REPO,
    env: { ...process.env, ONET_DIR: SHARED_ONET_DIR, BLS_DIR: SHARED_BLS_DIR, DATA_DIR: temp },
  });

describe('careers path (end to end, real process and data)', () => {
  it('prints routes from a current job title to a target title, with the basis of each time', async () => {
    const { stdout } = await careers('path', '--current', 'bookkeeper', '--to', 'accountant');
    expect(stdout).toMatch(
      /^Bookkeeping, Accounting, and Auditing Clerks → Accountants and Auditors/,
    );
    expect(stdout).toMatch(/Route 1: direct: about 3 years before you can be hired/);
    expect(stdout).toMatch(/study 3 y — BLS typical entry: Bachelor's degree/);
    expect(stdout).toMatch(/Assumptions:/);
  }, 120_000);

  it('exits 1 asking "did you mean" for an unknown target', async () => {
    const failure = await careers('path', '--current', 'cook', '--to', 'accountent xyzzy').catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/UNKNOWN_NAME.*did you mean/s);
  }, 120_000);
});
