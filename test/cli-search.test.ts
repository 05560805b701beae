import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED_BLS_DIR, SHARED_ONET_DIR } from './support/catalog.js';

const REPO = path.resolve(import.meta.dirname, '..');
const temp = mkdtempSync(path.join(os.tmpdir(), 'cli-search-e2e-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const careers = (...args: string[]) =>
  promisify(execFile)('npx', ['tsx', 'src/main/cli.ts', ...args], {
    cwd: REPO,
    env: { ...process.env, ONET_DIR: SHARED_ONET_DIR, BLS_DIR: SHARED_BLS_DIR, DATA_DIR: temp },
  });

interface SearchOutput {
  query: string;
  results: { code: string; title: string; matchedField: string; why: string }[];
}

describe('careers search (end to end, real process and data)', () => {
  it('finds physicians for "doctor" and prints JSON', async () => {
    const { stdout } = await careers('search', 'doctor', '--json');
    const body = JSON.parse(stdout) as SearchOutput;
    expect(body.query).toBe('doctor');
    expect(body.results).toHaveLength(10);
    const top3 = body.results.slice(0, 3);
    expect(top3.some((r) => r.code.startsWith('29-12') && /physician/i.test(r.title))).toBe(true);
    expect(top3[0]?.why).toBe('matches the alternate title "Doctor"');
  });

  it('exits 1 with the validation message for a blank query', async () => {
    const failure = await careers('search', ' ').catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('error [VALIDATION_FAILED]');
  });
});
