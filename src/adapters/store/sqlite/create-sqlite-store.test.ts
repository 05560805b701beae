import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { describeStoreContract } from '../../../../test/support/store-contract/contract.js';
import { feedback } from '../../../../test/support/store-contract/contract-feedback.js';
import { migrationNames } from '../kysely/index.js';
import { openSqliteDatabase } from './create-sqlite-store.js';
import { createSqliteStore } from './index.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'careers-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describeStoreContract('sqlite', () => {
  const file = path.join(tempDir(), 'careers.sqlite');
  return Promise.resolve({
    open: () => createSqliteStore({ file }),
    dispose: () => Promise.resolve(),
  });
});

describe('createSqliteStore', () => {
  it('opens connections in WAL mode with synchronous=NORMAL, a busy timeout and foreign keys', () => {
    const raw = openSqliteDatabase(path.join(tempDir(), 'careers.sqlite'), 1234);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('synchronous', { simple: true })).toBe(1);
    expect(raw.pragma('busy_timeout', { simple: true })).toBe(1234);
    expect(raw.pragma('foreign_keys', { simple: true })).toBe(1);
    raw.close();
  });

  it('records every migration once in kysely_migration', async () => {
    const file = path.join(tempDir(), 'careers.sqlite');
    await (await createSqliteStore({ file })).close();
    await (await createSqliteStore({ file })).close();
    const raw = new Database(file, { readonly: true });
    const names = raw.prepare('select name from kysely_migration order by name').pluck().all();
    raw.close();
    expect(names).toEqual(migrationNames('sqlite'));
  });

  it('reports STORE_UNAVAILABLE with the path when the folder does not exist', async () => {
    const file = path.join(tempDir(), 'missing', 'careers.sqlite');
    await expect(createSqliteStore({ file })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringContaining(file) as string,
    });
  });

  it('keeps every acknowledged write when the writing process is killed with SIGKILL', async () => {
    const file = path.join(tempDir(), 'careers.sqlite');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('../../../../test/support/kill-writer.fixture.ts', import.meta.url)),
        file,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const acked: number[] = [];
    let buffer = '';
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) acked.push(Number(line));
      if (acked.length >= 300 && !child.killed) child.kill('SIGKILL');
    });
    expect(await exited).toBe('SIGKILL');
    expect(acked.length).toBeGreaterThanOrEqual(300);

    const store = await createSqliteStore({ file });
    const ids = new Set((await store.listFeedback()).map((r) => r.id));
    await store.close();
    expect(acked.filter((id) => !ids.has(id))).toEqual([]);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
  });

  it('stores feedback written by one instance for another opened later on the same file', async () => {
    const file = path.join(tempDir(), 'careers.sqlite');
    const a = await createSqliteStore({ file });
    await a.recordFeedback(feedback());
    await a.close();
    const b = await createSqliteStore({ file });
    expect(await b.countFeedback()).toBe(1);
    await b.close();
  });
});
