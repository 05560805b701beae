import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, SQLITE_FILE_NAME } from './index.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'careers-create-store-'));
  dirs.push(dir);
  return dir;
}

describe('createStore', () => {
  it('opens SQLite at <dataDir>/careers.sqlite, creating the folder, when no URL is set', async () => {
    const dataDir = path.join(tempDir(), 'nested', 'var');
    const store = await createStore({ dataDir, databaseUrl: undefined });
    try {
      expect(store.kind).toBe('sqlite');
      expect(store.location).toBe(path.join(dataDir, SQLITE_FILE_NAME));
      expect(existsSync(path.join(dataDir, SQLITE_FILE_NAME))).toBe(true);
      await expect(store.ping()).resolves.toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it('uses PostgreSQL when DATABASE_URL is set and never falls back to SQLite', async () => {
    const dataDir = tempDir();
    await expect(
      createStore({ dataDir, databaseUrl: 'postgres://app:pw-123@127.0.0.1:1/careers' }),
    ).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringContaining('PostgreSQL at 127.0.0.1:1/careers') as string,
    });
    expect(existsSync(path.join(dataDir, SQLITE_FILE_NAME))).toBe(false);
  });
});
